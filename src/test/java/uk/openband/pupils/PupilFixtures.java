package uk.openband.pupils;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.Sex;
import uk.openband.directory.Upn;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;

/** Users and pupil data for the pupil tests; every UPN is new, because the test database is shared. */
final class PupilFixtures {

    private PupilFixtures() {
    }

    static SignedInUser senco(long settingId) {
        return new SignedInUser(9001, "senco", "Sam Patel", Role.SENCO, settingId, null, true, true);
    }

    static SignedInUser senco2(long settingId) {
        return new SignedInUser(9002, "senco2", "Jo Morgan", Role.SENCO, settingId, null, true, true);
    }

    static SignedInUser staff(Role role) {
        return new SignedInUser(9100 + role.ordinal(), role.name().toLowerCase(), "Staff " + role.label(), role, null,
                null, true, true);
    }

    /** A valid permanent UPN nobody has used. */
    static String newUpn() {
        String last12 = "888" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return Upn.checkLetter(last12) + last12;
    }

    /** The same UPN with a wrong check letter, and the right letter. */
    static String wrongLetter(String upn) {
        char right = upn.charAt(0);
        char wrong = right == 'A' ? 'B' : 'A';
        return wrong + upn.substring(1);
    }

    static PupilData data(String upn, long settingId) {
        return new PupilData(upn, "Test", "Pupil", null, LocalDate.of(2015, 5, 1), Sex.F, "WBRI", "SLCN", null,
                EhcStatus.NONE, null, settingId);
    }

    /** A filled-in pupil form; {@code overrides} are name, value pairs that replace the defaults. */
    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String upn, String first,
            String last, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("upn", upn);
        fields.put("firstName", first);
        fields.put("lastName", last);
        fields.put("dateOfBirth-day", "27");
        fields.put("dateOfBirth-month", "3");
        fields.put("dateOfBirth-year", "2016");
        fields.put("sex", "F");
        fields.put("ethnicity", "WBRI");
        fields.put("primaryNeed", "SLCN");
        fields.put("ehcStatus", "NONE");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }
}
