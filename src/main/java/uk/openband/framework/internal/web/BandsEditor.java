package uk.openband.framework.internal.web;

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
import uk.openband.framework.format.FieldError;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.Decimals;
import uk.openband.framework.scoring.SettingBands;

/**
 * The edit form for the band rows of one setting category of a draft banding table: each
 * row's band, score range, annual and termly amounts and whether it attracts top-up; a row
 * can be removed, and one blank row adds a band. The edit is applied to the whole document
 * and validated by the interchange format's rules; errors come back to the row and input
 * they name.
 */
public final class BandsEditor {

    /** The most rows one category may have in the editor. */
    static final int MAX_ROWS = 60;
    static final List<String> INPUTS = List.of("band", "minScore", "maxScore", "annualAmount", "termlyAmount");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ROW_PATH = Pattern.compile(
            "settings\\[(\\d+)]\\.bands\\[(\\d+)]\\.(band|minScore|maxScore|annualAmount|termlyAmount|topUp)");

    public record Values(long lockVersion, List<Row> rows) {
    }

    /** One row of the form; a blank row (no band) is ignored, a removed row is left out. */
    public record Row(String band, String minScore, String maxScore, String annualAmount, String termlyAmount,
            boolean topUp, boolean remove) {

        boolean blank() {
            return band.isBlank() && minScore.isBlank() && maxScore.isBlank() && annualAmount.isBlank()
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
            rows.add(new Row(r.band(), Decimals.text(r.minScore()), Decimals.text(r.maxScore()),
                    r.annualAmount().toPlainString(), r.termlyAmount() == null ? "" : r.termlyAmount().toPlainString(),
                    r.topUp(), false));
        }
        rows.add(new Row("", "", "", "", "", true, false));
        return new Values(lockVersion, rows);
    }

    /** The form as submitted; rows are read up to {@code rowCount}, at most {@link #MAX_ROWS}. */
    public static Values submitted(Map<String, String> params) {
        int count = Math.min(MAX_ROWS, parse(params.get("rowCount"), 0));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(text(params, input(i, "band")), text(params, input(i, "minScore")),
                    text(params, input(i, "maxScore")), text(params, input(i, "annualAmount")),
                    text(params, input(i, "termlyAmount")), "true".equals(params.get(input(i, "topUp"))),
                    "true".equals(params.get(input(i, "remove")))));
        }
        return new Values(parse(params.get("lockVersion"), -1), rows);
    }

    /**
     * The whole document with this category's rows replaced. {@code kept} receives, for each
     * row in the document, the index of the form row it came from.
     */
    public static String apply(String documentJson, int settingIndex, Values values, List<Integer> kept) {
        ObjectNode doc = (ObjectNode) JSON.readTree(documentJson);
        ObjectNode setting = (ObjectNode) doc.get("settings").get(settingIndex);
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
            row.put("annualAmount", r.annualAmount().strip());
            if (!r.termlyAmount().isBlank()) {
                row.put("termlyAmount", r.termlyAmount().strip());
            }
            row.put("topUp", r.topUp());
        }
        return JSON.writeValueAsString(doc);
    }

    /** The format's errors on the form's inputs; {@code label}: (input name, row number from 1, message). */
    public static PageErrors errors(List<FieldError> errors, int settingIndex, List<Integer> kept,
            Labeller label) {
        PageErrors page = new PageErrors();
        for (FieldError e : errors) {
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
