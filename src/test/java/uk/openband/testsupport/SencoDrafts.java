package uk.openband.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.Sex;
import uk.openband.directory.Upn;
import uk.openband.identity.SignedInUser;

/**
 * A SENCO's pupil and draft assessment for page tests: a new pupil (a UPN nobody has, the test database being
 * shared) in the SENCO's setting, and a draft started through the page as the SENCO would start it.
 */
public final class SencoDrafts {

    private SencoDrafts() {
    }

    /** A new pupil, Ada Lovelace, in the setting; {@code upnPrefix} (three digits) keeps each test's UPNs apart. */
    public static long newPupil(PupilRegistry pupils, long settingId, String upnPrefix) {
        String last12 = upnPrefix + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return pupils.register(PupilScope.setting(settingId), new PupilData(Upn.checkLetter(last12) + last12, "Ada",
                "Lovelace", null, LocalDate.of(2016, 2, 3), Sex.F, "WBRI", "SPLD", null, EhcStatus.NONE, null,
                settingId)).id();
    }

    /** Starts a new request for the pupil on the page, as the SENCO; the new assessment's id. */
    public static long start(MockMvc mvc, SignedInUser senco, long pupilId) throws Exception {
        String location = mvc.perform(post("/pupils/" + pupilId + "/assessments").param("purpose", "NEW_REQUEST")
                .with(user(senco)).with(csrf())).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
