package uk.openband.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.Purpose;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.Sex;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.Upn;

/**
 * Submitted requests for the casework tests, each for a new pupil at the demo mainstream school
 * (URN 100001, where the demo SENCO works). The test database is shared, so every test makes its own.
 */
public final class CaseFixtures {

    public static final List<String> DOMAINS = List.of("CL1", "CL2", "CI1", "CI2", "SEMH1", "SEMH2", "SP1", "SP2",
            "SP3", "IS1", "IS2", "SB1");

    /** Every domain at level 1: total 27, mainstream band 3 (20 to 29), £5,459.00 a year (under the delegated threshold). */
    public static final Map<String, Integer> BAND_3 = DOMAINS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(d -> d, d -> 1));

    /** The levels of the assessment tests' hand-computed example: total 38, band 4, £8,446.00 (above the threshold). */
    public static final Map<String, Integer> BAND_4 = Map.ofEntries(Map.entry("CL1", 3), Map.entry("CL2", 4),
            Map.entry("CI1", 2), Map.entry("CI2", 1), Map.entry("SEMH1", 3), Map.entry("SEMH2", 0), Map.entry("SP1", 0),
            Map.entry("SP2", 0), Map.entry("SP3", 1), Map.entry("IS1", 2), Map.entry("IS2", 0), Map.entry("SB1", 2));

    private CaseFixtures() {
    }

    public static long schoolId(SettingDirectory settings) {
        return settings.findByUrn("100001").orElseThrow().id();
    }

    public static long newPupil(PupilRegistry pupils, long setting) {
        String last12 = "555" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return pupils.register(PupilScope.allSettings(), new PupilData(Upn.checkLetter(last12) + last12, "Case",
                "Work", null, LocalDate.of(2015, 9, 9), Sex.F, "WBRI", "SLD", null, EhcStatus.NONE, null, setting)).id();
    }

    /** A new pupil's assessment with the given levels (evidence on every domain), submitted by the demo SENCO. */
    public static AssessmentView submitted(AssessmentManagement assessments, PupilRegistry pupils,
            SettingDirectory settings, Map<String, Integer> levels) {
        long setting = schoolId(settings);
        PupilScope scope = PupilScope.setting(setting);
        long pupil = newPupil(pupils, setting);
        AssessmentView a = assessments.start(scope, pupil, Purpose.NEW_REQUEST, "senco");
        List<Answer> answers = DOMAINS.stream().map(code -> new Answer(code, levels.get(code), "Evidence for " + code))
                .toList();
        a = assessments.saveAnswers(scope, a.id(), a.version(), answers, List.of(), "senco");
        a = assessments.saveDetails(scope, a.id(), a.version(), true, uk.openband.testsupport.TestDates.requestedStart(), List.of(), "senco");
        return assessments.submit(scope, a.id(), a.version(), "senco");
    }

    /**
     * Makes sure a panel meeting is planned (today, chaired by the demo panel2 with panel3 and panel), so
     * that a dispute joins an agenda at once; returns its id.
     */
    public static long plannedMeeting(uk.openband.panels.PanelMeetings meetings, java.time.Clock clock) {
        return meetings.create(java.time.LocalDate.now(clock), "panel2", List.of("panel3", "panel"), "officer");
    }
}
