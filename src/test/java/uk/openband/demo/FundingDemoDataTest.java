package uk.openband.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.directory.PupilQuery;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.PupilSummary;
import uk.openband.agreements.AgreementStatus;
import uk.openband.agreements.AgreementView;
import uk.openband.agreements.FundingAgreements;
import uk.openband.testsupport.WebTest;

/** With demo mode on (as in the tests), two demo pupils have a funded request; loading again adds nothing. */
@WebTest
class FundingDemoDataTest {

    @Autowired PupilRegistry pupils;
    @Autowired FundingAgreements funding;
    @Autowired CaseQueries cases;
    @Autowired FundingDemoData demo;

    @Test
    void demo_pupils_have_agreements_with_payment_lines_and_loading_again_adds_none() {
        for (String upn : FundingDemoData.FUNDED_UPNS) {
            PupilSummary pupil = pupils.search(PupilScope.allSettings(), new PupilQuery(upn, null), 1).pupils().get(0);
            List<AgreementView> agreements = funding.search(PupilScope.allSettings(), pupil.id(), null, null);
            assertThat(agreements).as(upn).isNotEmpty();
            AgreementView a = agreements.get(agreements.size() - 1);
            assertThat(a.settingId()).isEqualTo(pupil.settingId());
            assertThat(funding.schedule(PupilScope.setting(pupil.settingId()), a.id())).isNotEmpty();
            if (a.status() == AgreementStatus.ACTIVE) {
                assertThat(cases.detail(a.caseId()).orElseThrow().state()).isIn(CaseState.FUNDED, CaseState.REVIEW_DUE);
            }
        }
        int before = funding.search(PupilScope.allSettings(), null, null, null).size();
        demo.run(null);
        assertThat(funding.search(PupilScope.allSettings(), null, null, null)).hasSize(before);
    }
}
