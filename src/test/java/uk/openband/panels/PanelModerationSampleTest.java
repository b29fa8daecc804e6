package uk.openband.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.casework.CaseState;
import uk.openband.casework.StartPolicy;
import uk.openband.identity.SignedInUser;
import uk.openband.moderation.ModerationRates;
import uk.openband.moderation.ModerationReviews;
import uk.openband.moderation.ModerationSampling;
import uk.openband.testsupport.WebTest;

/**
 * Moderation of a case the panel decided (kept with the panel fixtures): the decided levels are the panel's
 * moderated ones, and the rates count the case against its panel meeting, not an officer.
 */
@WebTest
class PanelModerationSampleTest {

    @Autowired ApplicationContext context;
    @Autowired PanelMeetings meetings;
    @Autowired PanelModeration moderation;
    @Autowired PanelDecisions decisions;
    @Autowired ModerationSampling sampling;
    @Autowired ModerationReviews reviews;
    @Autowired ModerationRates rates;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void a_panel_decision_is_compared_with_the_panels_levels_and_counted_for_its_meeting() {
        PanelFixtures fixtures = new PanelFixtures(context);
        SignedInUser chair = fixtures.panelMember();
        SignedInUser second = fixtures.panelMember();
        SignedInUser third = fixtures.panelMember();
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long id = meetings.create(LocalDate.now(clock), chair.getUsername(),
                List.of(chair.getUsername(), second.getUsername(), third.getUsername()), "officer");
        meetings.addCase(id, meetings.get(id).version(), c.reference(), "officer");
        meetings.start(id, meetings.get(id).version(), fixtures.user("officer"));
        moderation.moderate(id, c.caseId(), item(id, c.caseId()).version(), "SP1", 4, "Audiology report at panel",
                second);
        CaseState state = decisions.record(id, c.caseId(), item(id, c.caseId()).version(),
                fixtures.caseVersion(c.caseId()), new PanelDecision(PanelOutcome.AGREE_DIFFERENT, "5", null,
                        StartPolicy.SUBMISSION, null, null, LocalDate.now(clock).plusYears(1),
                        List.of("MODERATED_LEVELS"), "Hearing needs are higher than scored.", "Audiology report"),
                second);
        if (state == CaseState.AWAITING_APPROVAL) {
            decisions.approve(id, c.caseId(), fixtures.caseVersion(c.caseId()), fixtures.user("manager"));
        }
        assertThat(fixtures.caseState(c.caseId())).isEqualTo("FUNDED");

        YearMonth month = YearMonth.of(1700 + ThreadLocalRandom.current().nextInt(90), 9);
        Timestamp at = Timestamp.valueOf(month.atDay(20).atTime(15, 0));
        jdbc.update("UPDATE case_decision SET decided_at = ? WHERE id = (SELECT decision_id FROM funding_case WHERE id = ?)",
                at, c.caseId());
        jdbc.update("UPDATE case_decision SET approved_at = ? WHERE approved_at IS NOT NULL "
                + "AND id = (SELECT decision_id FROM funding_case WHERE id = ?)", at, c.caseId());
        sampling.draw(month, 3L, "manager");

        // The school's levels, blind: every domain agrees with the decision except SP1 (school 0, panel 4).
        Map<String, Integer> blind = new HashMap<>();
        for (int i = 0; i < PanelFixtures.DOMAINS.size(); i++) {
            blind.put(PanelFixtures.DOMAINS.get(i), PanelFixtures.LEVELS[i]);
        }
        assertThat(reviews.score(c.caseId(), blind, "officer")).isEqualTo(11);
        assertThat(reviews.comparison(c.caseId()).domains()).filteredOn(d -> d.code().equals("SP1")).singleElement()
                .satisfies(d -> {
                    assertThat(d.blindLevel()).isZero();
                    assertThat(d.decidedLevel()).isEqualTo(4);
                    assertThat(d.agrees()).isFalse();
                });

        ModerationRates.Rates r = rates.between(month.atDay(1), month.atEndOfMonth());
        assertThat(r.byOfficer()).isEmpty();
        assertThat(r.byPanel()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(Long.toString(id));
            assertThat(p.meetingDate()).isEqualTo(LocalDate.now(clock));
            assertThat(p.domains()).isEqualTo(12);
            assertThat(p.agreed()).isEqualTo(11);
            assertThat(p.percent()).isEqualByComparingTo("91.7");
        });
    }

    AgendaCaseView item(long meetingId, long caseId) {
        return meetings.get(meetingId).agenda().stream().filter(a -> a.caseId() == caseId).findFirst().orElseThrow();
    }
}
