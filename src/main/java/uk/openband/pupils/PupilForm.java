package uk.openband.pupils;

import java.util.List;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilDetails;
import uk.openband.directory.Sex;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.ValidDate;

/** The "add a pupil" and "change a pupil" form; dates come as day, month and year boxes. */
public class PupilForm {

    /** The fields people type into, in page order (error summary order). */
    static final List<String> FIELDS = List.of("upn", "firstName", "lastName", "preferredName", "dateOfBirth", "sex",
            "ethnicity", "primaryNeed", "secondaryNeed", "ehcStatus", "ehcStatusDate", "settingId");
    /** What the binder accepts. */
    static final List<String> BOUND = List.of("upn", "firstName", "lastName", "preferredName", "dateOfBirth.day",
            "dateOfBirth.month", "dateOfBirth.year", "sex", "ethnicity", "primaryNeed", "secondaryNeed", "ehcStatus",
            "ehcStatusDate.day", "ehcStatusDate.month", "ehcStatusDate.year", "settingId", "version");

    private String upn;
    private String firstName;
    private String lastName;
    private String preferredName;
    /** Whether it is given, and in the past, is the directory's rule (it words those problems). */
    @ValidDate(value = "pupil.dateOfBirth", required = false)
    private DateInput dateOfBirth = new DateInput();
    private Sex sex;
    private String ethnicity;
    private String primaryNeed;
    private String secondaryNeed;
    private EhcStatus ehcStatus;
    @ValidDate(value = "pupil.ehcStatusDate", required = false)
    private DateInput ehcStatusDate = new DateInput();
    private Long settingId;
    private Long version;

    static PupilForm of(PupilDetails pupil) {
        PupilForm form = new PupilForm();
        form.upn = pupil.upn();
        form.firstName = pupil.firstName();
        form.lastName = pupil.lastName();
        form.preferredName = pupil.preferredName();
        form.dateOfBirth = DateInput.of(pupil.dateOfBirth());
        form.sex = pupil.sex();
        form.ethnicity = pupil.ethnicity().code();
        form.primaryNeed = pupil.primaryNeed().code();
        form.secondaryNeed = pupil.secondaryNeed() == null ? null : pupil.secondaryNeed().code();
        form.ehcStatus = pupil.ehcStatus();
        form.ehcStatusDate = DateInput.of(pupil.ehcStatusDate());
        form.settingId = pupil.settingId();
        form.version = pupil.version();
        return form;
    }

    /** The form as pupil data; a date that does not read is null (its error is already on the binding result). */
    PupilData toData() {
        return new PupilData(upn, firstName, lastName, preferredName, dateOfBirth.toDate(), sex,
                blankToNull(ethnicity), blankToNull(primaryNeed), blankToNull(secondaryNeed), ehcStatus,
                ehcStatusDate.toDate(), settingId);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s;
    }

    public DateInput getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(DateInput dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public DateInput getEhcStatusDate() {
        return ehcStatusDate;
    }

    public void setEhcStatusDate(DateInput ehcStatusDate) {
        this.ehcStatusDate = ehcStatusDate;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getPrimaryNeed() {
        return primaryNeed;
    }

    public void setPrimaryNeed(String primaryNeed) {
        this.primaryNeed = primaryNeed;
    }

    public String getSecondaryNeed() {
        return secondaryNeed;
    }

    public void setSecondaryNeed(String secondaryNeed) {
        this.secondaryNeed = secondaryNeed;
    }

    public EhcStatus getEhcStatus() {
        return ehcStatus;
    }

    public void setEhcStatus(EhcStatus ehcStatus) {
        this.ehcStatus = ehcStatus;
    }

    public Long getSettingId() {
        return settingId;
    }

    public void setSettingId(Long settingId) {
        this.settingId = settingId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
