package uk.openband.calendar.internal;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.ValidDate;

/** The "add a bank holiday" form: a GOV.UK date input and a name. */
public class BankHolidayForm {

    static final List<String> FIELDS = List.of("date", "name");
    static final List<String> BOUND = List.of("date.day", "date.month", "date.year", "name");

    @ValidDate("bankHoliday.date")
    private DateInput date = new DateInput();

    @NotBlank(message = "{bankHoliday.name.required}")
    private String name;

    public DateInput getDate() {
        return date;
    }

    public void setDate(DateInput date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
