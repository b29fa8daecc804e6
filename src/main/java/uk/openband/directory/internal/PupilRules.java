package uk.openband.directory.internal;

import uk.openband.platform.Refused.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
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
    public static List<Problem> check(PupilData data, ReferenceData reference, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Upn.Check upn = Upn.check(data.upn());
        if (!upn.valid()) {
            problems.add(upn.expectedLetter() == null ? new Problem("upn", upn.problem())
                    : new Problem("upn", upn.problem(), String.valueOf(upn.expectedLetter())));
        }
        name(problems, "firstName", data.firstName(), true);
        name(problems, "lastName", data.lastName(), true);
        name(problems, "preferredName", data.preferredName(), false);
        if (data.dateOfBirth() == null) {
            problems.add(new Problem("dateOfBirth", "pupil.dateOfBirth.required"));
        } else if (!data.dateOfBirth().isBefore(today)) {
            problems.add(new Problem("dateOfBirth", "pupil.dateOfBirth.past"));
        } else if (data.dateOfBirth().isBefore(today.minusYears(MAX_AGE + 1L))) {
            problems.add(new Problem("dateOfBirth", "pupil.dateOfBirth.tooOld", MAX_AGE));
        }
        if (data.sex() == null) {
            problems.add(new Problem("sex", "pupil.sex.required"));
        }
        if (blank(data.ethnicity())) {
            problems.add(new Problem("ethnicity", "pupil.ethnicity.required"));
        } else if (reference.ethnicity(data.ethnicity()).isEmpty()) {
            problems.add(new Problem("ethnicity", "pupil.ethnicity.unknown", data.ethnicity()));
        }
        if (blank(data.primaryNeed())) {
            problems.add(new Problem("primaryNeed", "pupil.primaryNeed.required"));
        } else if (reference.senNeed(data.primaryNeed()).isEmpty()) {
            problems.add(new Problem("primaryNeed", "pupil.need.unknown", data.primaryNeed()));
        }
        if (!blank(data.secondaryNeed())) {
            if (reference.senNeed(data.secondaryNeed()).isEmpty()) {
                problems.add(new Problem("secondaryNeed", "pupil.need.unknown", data.secondaryNeed()));
            } else if (data.secondaryNeed().equals(data.primaryNeed())) {
                problems.add(new Problem("secondaryNeed", "pupil.secondaryNeed.same"));
            }
        }
        if (data.ehcStatus() == null) {
            problems.add(new Problem("ehcStatus", "pupil.ehcStatus.required"));
        } else if (data.ehcStatus() != EhcStatus.NONE) {
            if (data.ehcStatusDate() == null) {
                problems.add(new Problem("ehcStatusDate", "pupil.ehcStatusDate.required"));
            } else if (data.ehcStatusDate().isAfter(today)) {
                problems.add(new Problem("ehcStatusDate", "pupil.ehcStatusDate.future"));
            }
        }
        if (data.settingId() == null) {
            problems.add(new Problem("settingId", "pupil.setting.required"));
        }
        return problems;
    }

    private static void name(List<Problem> problems, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(new Problem(field, "pupil." + field + ".required"));
            }
        } else if (value.length() > MAX_NAME) {
            problems.add(new Problem(field, "pupil.name.long", MAX_NAME));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            problems.add(new Problem(field, "pupil.name.control"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
