package uk.openband.pupils;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.BindingResult;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilDetails;
import uk.openband.directory.Sex;

/** The "add a pupil" and "change a pupil" form; dates come as day, month and year boxes. */
public class PupilForm {

    /** The fields people type into, in page order (error summary order). */
    static final List<String> FIELDS = List.of("upn", "firstName", "lastName", "preferredName", "dateOfBirth", "sex",
            "ethnicity", "primaryNeed", "secondaryNeed", "ehcStatus", "ehcStatusDate", "settingId");
    /** What the binder accepts. */
    static final List<String> BOUND = List.of("upn", "firstName", "lastName", "preferredName", "dateOfBirthDay",
            "dateOfBirthMonth", "dateOfBirthYear", "sex", "ethnicity", "primaryNeed", "secondaryNeed", "ehcStatus",
            "ehcStatusDateDay", "ehcStatusDateMonth", "ehcStatusDateYear", "settingId", "version");

    private String upn;
    private String firstName;
    private String lastName;
    private String preferredName;
    private String dateOfBirthDay;
    private String dateOfBirthMonth;
    private String dateOfBirthYear;
    private Sex sex;
    private String ethnicity;
    private String primaryNeed;
    private String secondaryNeed;
    private EhcStatus ehcStatus;
    private String ehcStatusDateDay;
    private String ehcStatusDateMonth;
    private String ehcStatusDateYear;
    private Long settingId;
    private Long version;

    static PupilForm of(PupilDetails pupil) {
        PupilForm form = new PupilForm();
        form.upn = pupil.upn();
        form.firstName = pupil.firstName();
        form.lastName = pupil.lastName();
        form.preferredName = pupil.preferredName();
        form.dateOfBirthDay = Integer.toString(pupil.dateOfBirth().getDayOfMonth());
        form.dateOfBirthMonth = Integer.toString(pupil.dateOfBirth().getMonthValue());
        form.dateOfBirthYear = Integer.toString(pupil.dateOfBirth().getYear());
        form.sex = pupil.sex();
        form.ethnicity = pupil.ethnicity().code();
        form.primaryNeed = pupil.primaryNeed().code();
        form.secondaryNeed = pupil.secondaryNeed() == null ? null : pupil.secondaryNeed().code();
        form.ehcStatus = pupil.ehcStatus();
        if (pupil.ehcStatusDate() != null) {
            form.ehcStatusDateDay = Integer.toString(pupil.ehcStatusDate().getDayOfMonth());
            form.ehcStatusDateMonth = Integer.toString(pupil.ehcStatusDate().getMonthValue());
            form.ehcStatusDateYear = Integer.toString(pupil.ehcStatusDate().getYear());
        }
        form.settingId = pupil.settingId();
        form.version = pupil.version();
        return form;
    }

    /** The form as pupil data; a date that is not a real date is rejected on the binding result (and left null). */
    PupilData toData(BindingResult result) {
        LocalDate dob = date(result, "dateOfBirth", dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
        LocalDate ehcDate = date(result, "ehcStatusDate", ehcStatusDateDay, ehcStatusDateMonth, ehcStatusDateYear);
        return new PupilData(upn, firstName, lastName, preferredName, dob, sex, blankToNull(ethnicity),
                blankToNull(primaryNeed), blankToNull(secondaryNeed), ehcStatus, ehcDate, settingId);
    }

    private static LocalDate date(BindingResult result, String field, String day, String month, String year) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1000 || y > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            result.rejectValue(field, "pupil." + field + ".invalid");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s;
    }

    /** For binding errors to the date as a whole. */
    public String getDateOfBirth() {
        return String.join("/", String.valueOf(dateOfBirthDay), String.valueOf(dateOfBirthMonth),
                String.valueOf(dateOfBirthYear));
    }

    public String getEhcStatusDate() {
        return String.join("/", String.valueOf(ehcStatusDateDay), String.valueOf(ehcStatusDateMonth),
                String.valueOf(ehcStatusDateYear));
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

    public String getDateOfBirthDay() {
        return dateOfBirthDay;
    }

    public void setDateOfBirthDay(String dateOfBirthDay) {
        this.dateOfBirthDay = dateOfBirthDay;
    }

    public String getDateOfBirthMonth() {
        return dateOfBirthMonth;
    }

    public void setDateOfBirthMonth(String dateOfBirthMonth) {
        this.dateOfBirthMonth = dateOfBirthMonth;
    }

    public String getDateOfBirthYear() {
        return dateOfBirthYear;
    }

    public void setDateOfBirthYear(String dateOfBirthYear) {
        this.dateOfBirthYear = dateOfBirthYear;
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

    public String getEhcStatusDateDay() {
        return ehcStatusDateDay;
    }

    public void setEhcStatusDateDay(String ehcStatusDateDay) {
        this.ehcStatusDateDay = ehcStatusDateDay;
    }

    public String getEhcStatusDateMonth() {
        return ehcStatusDateMonth;
    }

    public void setEhcStatusDateMonth(String ehcStatusDateMonth) {
        this.ehcStatusDateMonth = ehcStatusDateMonth;
    }

    public String getEhcStatusDateYear() {
        return ehcStatusDateYear;
    }

    public void setEhcStatusDateYear(String ehcStatusDateYear) {
        this.ehcStatusDateYear = ehcStatusDateYear;
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
