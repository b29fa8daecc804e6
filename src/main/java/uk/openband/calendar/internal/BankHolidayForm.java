package uk.openband.calendar.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.BindingResult;

/** The "add a bank holiday" form: a GOV.UK date input and a name. */
public class BankHolidayForm {

    static final List<String> FIELDS = List.of("date", "name");
    static final List<String> BOUND = List.of("dateDay", "dateMonth", "dateYear", "name");

    private String dateDay;
    private String dateMonth;
    private String dateYear;
    private String name;

    /** The date, or null with an error on the binding result when it is missing or not a real date. */
    LocalDate toDate(BindingResult result) {
        if (blank(dateDay) && blank(dateMonth) && blank(dateYear)) {
            result.rejectValue("date", "bankHoliday.date.required");
            return null;
        }
        try {
            int year = Integer.parseInt(dateYear.trim());
            if (year < 1000 || year > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(year, Integer.parseInt(dateMonth.trim()), Integer.parseInt(dateDay.trim()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            result.rejectValue("date", "bankHoliday.date.invalid");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** For binding errors to the date as a whole. */
    public String getDate() {
        return String.join("/", String.valueOf(dateDay), String.valueOf(dateMonth), String.valueOf(dateYear));
    }

    public String getDateDay() {
        return dateDay;
    }

    public void setDateDay(String dateDay) {
        this.dateDay = dateDay;
    }

    public String getDateMonth() {
        return dateMonth;
    }

    public void setDateMonth(String dateMonth) {
        this.dateMonth = dateMonth;
    }

    public String getDateYear() {
        return dateYear;
    }

    public void setDateYear(String dateYear) {
        this.dateYear = dateYear;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
