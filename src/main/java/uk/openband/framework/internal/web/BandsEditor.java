package uk.openband.framework.internal.web;

import uk.openband.platform.web.PageErrors;

import static uk.openband.framework.internal.web.AreaEditor.putNumber;
import static uk.openband.framework.internal.web.AreaEditor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.openband.platform.json.FieldError;
import uk.openband.framework.scoring.BandFloor;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.Decimals;
import uk.openband.framework.scoring.HourlyRate;
import uk.openband.framework.scoring.SettingBands;

/**
 * The edit form for the band rows of one setting category of a draft banding table: each
 * row's band, score range, hours a week, hourly rate and weeks a year (for a band published as
 * hours x rate), annual and termly amounts and whether it attracts top-up; a row
 * can be removed, and one blank row adds a band. The edit is applied to the whole document
 * and validated by the interchange format's rules; errors come back to the row and input
 * they name.
 */
public final class BandsEditor {

    /** The most rows one category may have in the editor. */
    static final int MAX_ROWS = 60;
    static final List<String> INPUTS = List.of("band", "minScore", "maxScore", "hoursPerWeek", "hourlyRate",
            "weeksPerYear", "annualAmount", "termlyAmount");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ROW_PATH = Pattern.compile(
            "settings\\[(\\d+)]\\.bands\\[(\\d+)]\\.(band|minScore|maxScore|hoursPerWeek|hourlyRate|weeksPerYear"
            + "|annualAmount|termlyAmount|topUp)");

    private static final Pattern FLOOR_PATH = Pattern.compile(
            "settings\\[(\\d+)]\\.floors\\[(\\d+)]\\.(area|minAreaScore|band)");

    /** The form: band rows, then floors (a blank floor is ignored, a removed one left out). */
    public record Values(long lockVersion, List<Row> rows, List<Floor> floors) {
    }

    /** One floor of the form: an area code (blank: any area), the lowest area score and the band. */
    public record Floor(String area, String minAreaScore, String band, boolean remove) {

        boolean blank() {
            return area.isBlank() && minAreaScore.isBlank() && band.isBlank();
        }
    }

    public static String floorInput(int floor, String name) {
        return "floor-" + floor + "-" + name;
    }

    /**
     * One row of the form; a blank row (no band) is ignored, a removed row is left out. Hours,
     * rate and weeks are blank for a band with a published annual amount only.
     */
    public record Row(String band, String minScore, String maxScore, String hoursPerWeek, String hourlyRate,
            String weeksPerYear, String annualAmount, String termlyAmount, boolean topUp, boolean remove) {

        boolean blank() {
            return band.isBlank() && minScore.isBlank() && maxScore.isBlank() && hoursPerWeek.isBlank()
                    && hourlyRate.isBlank() && weeksPerYear.isBlank() && annualAmount.isBlank()
                    && termlyAmount.isBlank();
        }
    }

    private BandsEditor() {
    }

    public static String input(int row, String name) {
        return "row-" + row + "-" + name;
    }

    /** The form filled with the rows as saved, and one blank row for a new band. */
    public static Values of(SettingBands setting, long lockVersion) {
        List<Row> rows = new ArrayList<>();
        for (BandRow r : setting.bands()) {
            HourlyRate h = r.hours();
            rows.add(new Row(r.band(), Decimals.text(r.minScore()), Decimals.text(r.maxScore()),
                    h == null ? "" : Decimals.text(h.hoursPerWeek()), h == null ? "" : h.hourlyRate().toPlainString(),
                    h == null ? "" : Decimals.text(h.weeksPerYear()), h == null ? r.annualAmount().toPlainString() : "",
                    r.termlyAmount() == null ? "" : r.termlyAmount().toPlainString(), r.topUp(), false));
        }
        rows.add(new Row("", "", "", "", "", "", "", "", true, false));
        List<Floor> floors = new ArrayList<>();
        for (BandFloor f : setting.floors()) {
            floors.add(new Floor(f.area() == null ? "" : f.area(), Decimals.text(f.minAreaScore()), f.band(), false));
        }
        floors.add(new Floor("", "", "", false));
        return new Values(lockVersion, rows, floors);
    }

    /** The form as submitted; rows are read up to {@code rowCount}, at most {@link #MAX_ROWS}. */
    public static Values submitted(Map<String, String> params) {
        int count = Math.min(MAX_ROWS, parse(params.get("rowCount"), 0));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(text(params, input(i, "band")), text(params, input(i, "minScore")),
                    text(params, input(i, "maxScore")), text(params, input(i, "hoursPerWeek")),
                    text(params, input(i, "hourlyRate")), text(params, input(i, "weeksPerYear")),
                    text(params, input(i, "annualAmount")),
                    text(params, input(i, "termlyAmount")), "true".equals(params.get(input(i, "topUp"))),
                    "true".equals(params.get(input(i, "remove")))));
        }
        int floorCount = Math.min(MAX_ROWS, parse(params.get("floorCount"), 0));
        List<Floor> floors = new ArrayList<>();
        for (int i = 0; i < floorCount; i++) {
            floors.add(new Floor(text(params, floorInput(i, "area")), text(params, floorInput(i, "minAreaScore")),
                    text(params, floorInput(i, "band")), "true".equals(params.get(floorInput(i, "remove")))));
        }
        return new Values(parse(params.get("lockVersion"), -1), rows, floors);
    }

    /**
     * The whole document with this category's rows replaced. {@code kept} receives, for each
     * row in the document, the index of the form row it came from.
     */
    public static String apply(String documentJson, int settingIndex, Values values, List<Integer> kept,
            List<Integer> keptFloors) {
        ObjectNode doc = (ObjectNode) JSON.readTree(documentJson);
        ObjectNode setting = (ObjectNode) doc.get("settings").get(settingIndex);
        setting.remove("floors");
        List<Floor> floors = values.floors();
        for (int i = 0; i < floors.size(); i++) {
            Floor f = floors.get(i);
            if (f.remove() || f.blank()) {
                continue;
            }
            keptFloors.add(i);
            ArrayNode list = setting.has("floors") ? (ArrayNode) setting.get("floors") : setting.putArray("floors");
            ObjectNode floor = list.addObject();
            if (!f.area().isBlank()) {
                floor.put("area", f.area().strip());
            }
            putNumber(floor, "minAreaScore", f.minAreaScore(), false);
            floor.put("band", f.band().strip());
        }
        ArrayNode bands = setting.putArray("bands");
        for (int i = 0; i < values.rows().size(); i++) {
            Row r = values.rows().get(i);
            if (r.remove() || r.blank()) {
                continue;
            }
            kept.add(i);
            ObjectNode row = bands.addObject();
            row.put("band", r.band().strip());
            putNumber(row, "minScore", r.minScore(), false);
            putNumber(row, "maxScore", r.maxScore(), false);
            if (!r.hoursPerWeek().isBlank() || !r.hourlyRate().isBlank() || !r.weeksPerYear().isBlank()) {
                putNumber(row, "hoursPerWeek", r.hoursPerWeek(), false);
                if (!r.hourlyRate().isBlank()) {
                    row.put("hourlyRate", r.hourlyRate().strip());
                }
                putNumber(row, "weeksPerYear", r.weeksPerYear(), false);
            }
            if (!r.annualAmount().isBlank() || r.hoursPerWeek().isBlank()) {
                row.put("annualAmount", r.annualAmount().strip());
            }
            if (!r.termlyAmount().isBlank()) {
                row.put("termlyAmount", r.termlyAmount().strip());
            }
            row.put("topUp", r.topUp());
        }
        return JSON.writeValueAsString(doc);
    }

    /** The format's errors on the form's inputs; {@code label}: (input name, row number from 1, message). */
    public static PageErrors errors(List<FieldError> errors, int settingIndex, List<Integer> kept,
            List<Integer> keptFloors, Labeller label, Labeller floorLabel) {
        PageErrors page = new PageErrors();
        for (FieldError e : errors) {
            Matcher floor = FLOOR_PATH.matcher(e.path());
            if (floor.matches() && Integer.parseInt(floor.group(1)) == settingIndex
                    && Integer.parseInt(floor.group(2)) < keptFloors.size()) {
                int formFloor = keptFloors.get(Integer.parseInt(floor.group(2)));
                page.add(floorInput(formFloor, floor.group(3)),
                        floorLabel.label(floor.group(3), formFloor + 1, e.message()));
                continue;
            }
            Matcher m = ROW_PATH.matcher(e.path());
            if (m.matches() && Integer.parseInt(m.group(1)) == settingIndex
                    && Integer.parseInt(m.group(2)) < kept.size()) {
                int formRow = kept.get(Integer.parseInt(m.group(2)));
                String name = m.group(3).equals("topUp") ? "band" : m.group(3);
                page.add(input(formRow, name), label.label(name, formRow + 1, e.message()));
            } else if (e.path().equals("settings[" + settingIndex + "].bands")) {
                page.add(input(0, "band"), label.label("bands", 0, e.message()));
            } else {
                page.add(input(0, "band"), e.toString());
            }
        }
        return page;
    }

    /** Words for an error: the input, the row number (from 1) and the reader's message. */
    @FunctionalInterface
    public interface Labeller {
        String label(String input, int row, String message);
    }

    private static int parse(String text, int otherwise) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
