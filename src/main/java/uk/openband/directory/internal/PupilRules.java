package uk.openband.directory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilProblem;
import uk.openband.directory.ReferenceData;
import uk.openband.directory.Upn;

/** Checks pupil data field by field; every problem names its field and what is wrong. */
public final class PupilRules {

    /** The oldest age OpenBand funds: young people up to 25. */
    public static final int MAX_AGE = 25;
    public static final int MAX_NAME = 100;

    private PupilRules() {
    }

    /** The problems with the data, in form order; empty when it may be saved (apart from UPN uniqueness). */
    public static List<PupilProblem> check(PupilData data, ReferenceData reference, LocalDate today) {
        List<PupilProblem> problems = new ArrayList<>();
        Upn.Check upn = Upn.check(data.upn());
        if (!upn.valid()) {
            problems.add(upn.expectedLetter() == null ? new PupilProblem("upn", upn.problem())
                    : new PupilProblem("upn", upn.problem(), List.of(String.valueOf(upn.expectedLetter()))));
        }
        name(problems, "firstName", data.firstName(), true);
        name(problems, "lastName", data.lastName(), true);
        name(problems, "preferredName", data.preferredName(), false);
        if (data.dateOfBirth() == null) {
            problems.add(new PupilProblem("dateOfBirth", "pupil.dateOfBirth.required"));
        } else if (!data.dateOfBirth().isBefore(today)) {
            problems.add(new PupilProblem("dateOfBirth", "pupil.dateOfBirth.past"));
        } else if (data.dateOfBirth().isBefore(today.minusYears(MAX_AGE + 1L))) {
            problems.add(new PupilProblem("dateOfBirth", "pupil.dateOfBirth.tooOld", List.of(MAX_AGE)));
        }
        if (data.sex() == null) {
            problems.add(new PupilProblem("sex", "pupil.sex.required"));
        }
        if (blank(data.ethnicity())) {
            problems.add(new PupilProblem("ethnicity", "pupil.ethnicity.required"));
        } else if (reference.ethnicity(data.ethnicity()).isEmpty()) {
            problems.add(new PupilProblem("ethnicity", "pupil.ethnicity.unknown", List.of(data.ethnicity())));
        }
        if (blank(data.primaryNeed())) {
            problems.add(new PupilProblem("primaryNeed", "pupil.primaryNeed.required"));
        } else if (reference.senNeed(data.primaryNeed()).isEmpty()) {
            problems.add(new PupilProblem("primaryNeed", "pupil.need.unknown", List.of(data.primaryNeed())));
        }
        if (!blank(data.secondaryNeed())) {
            if (reference.senNeed(data.secondaryNeed()).isEmpty()) {
                problems.add(new PupilProblem("secondaryNeed", "pupil.need.unknown", List.of(data.secondaryNeed())));
            } else if (data.secondaryNeed().equals(data.primaryNeed())) {
                problems.add(new PupilProblem("secondaryNeed", "pupil.secondaryNeed.same"));
            }
        }
        if (data.ehcStatus() == null) {
            problems.add(new PupilProblem("ehcStatus", "pupil.ehcStatus.required"));
        } else if (data.ehcStatus() != EhcStatus.NONE) {
            if (data.ehcStatusDate() == null) {
                problems.add(new PupilProblem("ehcStatusDate", "pupil.ehcStatusDate.required"));
            } else if (data.ehcStatusDate().isAfter(today)) {
                problems.add(new PupilProblem("ehcStatusDate", "pupil.ehcStatusDate.future"));
            }
        }
        if (data.settingId() == null) {
            problems.add(new PupilProblem("settingId", "pupil.setting.required"));
        }
        return problems;
    }

    private static void name(List<PupilProblem> problems, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(new PupilProblem(field, "pupil." + field + ".required"));
            }
        } else if (value.length() > MAX_NAME) {
            problems.add(new PupilProblem(field, "pupil.name.long", List.of(MAX_NAME)));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            problems.add(new PupilProblem(field, "pupil.name.control"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
