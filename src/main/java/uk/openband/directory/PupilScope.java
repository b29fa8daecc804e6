package uk.openband.directory;

/**
 * Whose pupils a caller may see and change: one setting's (a SENCO) or every setting's (LA
 * staff allowed to see pupils). The web layer builds it from the signed-in user; the directory
 * applies it to every read and write, so a pupil outside the scope simply does not exist.
 */
public record PupilScope(Long settingId) {

    public static PupilScope allSettings() {
        return new PupilScope(null);
    }

    public static PupilScope setting(long settingId) {
        return new PupilScope(settingId);
    }

    public boolean isAllSettings() {
        return settingId == null;
    }

    public boolean includes(long pupilSettingId) {
        return settingId == null || settingId == pupilSettingId;
    }
}
