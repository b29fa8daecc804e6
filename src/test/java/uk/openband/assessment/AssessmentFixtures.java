package uk.openband.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.Sex;
import uk.openband.directory.Upn;

/**
 * Pupils and answers for the assessment tests. Every pupil is new (a fresh valid UPN), because
 * the test database is shared.
 */
final class AssessmentFixtures {

    /** The demo framework's domains, in its order. */
    static final List<String> DOMAINS = List.of("CL1", "CL2", "CI1", "CI2", "SEMH1", "SEMH2", "SP1", "SP2", "SP3",
            "IS1", "IS2", "SB1");

    private AssessmentFixtures() {
    }

    /** A valid permanent UPN nobody has used. */
    static String newUpn() {
        String last12 = "777" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return Upn.checkLetter(last12) + last12;
    }

    /** A new pupil at a setting; returns its id. */
    static long newPupil(PupilRegistry pupils, long settingId) {
        return pupils.register(PupilScope.allSettings(), new PupilData(newUpn(), "Assessed", "Pupil", null,
                LocalDate.of(2016, 2, 3), Sex.M, "WBRI", "MLD", null, EhcStatus.NONE, null, settingId)).id();
    }

    /**
     * Levels whose score is worked out by hand for the demo framework and the 2026-27 tariff:
     * Cognition and learning (3 + 4) x 4 = 28, capped at 16; Communication and interaction
     * (2 + 1) x 3 = 9; SEMH (4 + 0) x 2 = 8 (level 3 is worth 4 points); Sensory and physical
     * (0 + 0 + 1) x 2 = 2; Independence (2 + 0) x 1.5 = 3; Social behaviour is recorded, not
     * funded. Total 16 + 9 + 8 + 2 + 3 = 38: mainstream band 4 (30 to 39), £8,446.00 a year.
     */
    static final String HAND_COMPUTED_LEVELS = """
            {"CL1": {"level": 3, "evidence": "Reading age four years behind"},
             "CL2": {"level": 4, "evidence": "Working memory below the 1st centile"},
             "CI1": {"level": 2, "evidence": "Speech and language therapy report"},
             "CI2": {"level": 1},
             "SEMH1": {"level": 3, "evidence": "CAMHS involvement"},
             "SEMH2": {"level": 0},
             "SP1": {"level": 0}, "SP2": {"level": 0}, "SP3": {"level": 1},
             "IS1": {"level": 2, "evidence": "Needs help with toileting"},
             "IS2": {"level": 0},
             "SB1": {"level": 2, "evidence": "Behaviour log"}}""";
}
