package uk.openband.pupils;

import java.util.EnumSet;
import java.util.Set;
import uk.openband.directory.PupilScope;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;

/**
 * Who may see and change pupils. A SENCO sees and changes their own setting's pupils; case
 * officers and admins see and change every pupil; panel members and SEND managers see every
 * pupil (panels and overrides need the record) but do not change them; finance officers work
 * with allocations and do not see pupil records. The URL rules in AccessRules say the same.
 */
public final class PupilAccess {

    public static final Set<Role> VIEWERS = EnumSet.of(Role.SENCO, Role.CASE_OFFICER, Role.PANEL_MEMBER, Role.SEND_MANAGER,
            Role.ADMIN);
    static final Set<Role> EDITORS = EnumSet.of(Role.SENCO, Role.CASE_OFFICER, Role.ADMIN);
    static final Set<Role> IMPORTERS = EnumSet.of(Role.CASE_OFFICER, Role.ADMIN);

    private PupilAccess() {
    }

    /** The pupils this person may see: a SENCO's setting, or all settings for LA staff who may see pupils. */
    public static PupilScope scope(SignedInUser user) {
        if (user == null || !VIEWERS.contains(user.role())) {
            throw new IllegalStateException("This role does not see pupils");
        }
        if (user.role() == Role.SENCO) {
            if (user.settingId() == null) {
                throw new IllegalStateException("A SENCO without a setting sees no pupils");
            }
            return PupilScope.setting(user.settingId());
        }
        return PupilScope.allSettings();
    }

    public static boolean canEdit(SignedInUser user) {
        return user != null && EDITORS.contains(user.role());
    }
}
