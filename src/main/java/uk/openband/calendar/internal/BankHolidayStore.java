package uk.openband.calendar.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import uk.openband.calendar.BankHoliday;

/** The {@code bank_holiday} table. */
@Repository
public class BankHolidayStore {

    private static final RowMapper<BankHoliday> ROW = (rs, i) -> new BankHoliday(rs.getDate(1).toLocalDate(),
            rs.getString(2));

    private final JdbcTemplate jdbc;

    public BankHolidayStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<LocalDate> allDates() {
        return jdbc.query("SELECT holiday_date FROM bank_holiday ORDER BY holiday_date",
                (rs, i) -> rs.getDate(1).toLocalDate());
    }

    public List<BankHoliday> inYear(int year) {
        return jdbc.query("SELECT holiday_date, name FROM bank_holiday WHERE holiday_date BETWEEN ? AND ? "
                + "ORDER BY holiday_date", ROW, Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)));
    }

    public List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT CAST(extract(year FROM holiday_date) AS INTEGER) AS y "
                + "FROM bank_holiday ORDER BY y", Integer.class);
    }

    public Optional<BankHoliday> find(LocalDate date) {
        return jdbc.query("SELECT holiday_date, name FROM bank_holiday WHERE holiday_date = ?", ROW, Date.valueOf(date))
                .stream().findFirst();
    }

    /** Adds the holiday; false when that date is already listed. */
    public boolean insert(BankHoliday holiday) {
        return jdbc.update("INSERT INTO bank_holiday (holiday_date, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                Date.valueOf(holiday.date()), holiday.name()) == 1;
    }

    public boolean delete(LocalDate date) {
        return jdbc.update("DELETE FROM bank_holiday WHERE holiday_date = ?", Date.valueOf(date)) == 1;
    }
}
