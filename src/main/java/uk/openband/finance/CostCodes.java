package uk.openband.finance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.common.SettingCategory;
import uk.openband.finance.ExportRejectedException.Reason;

/**
 * The cost centre and account code of each setting category, written on every export row: finance officers set
 * them, and no batch is made while any is missing.
 */
@Service
public class CostCodes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,19}");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CostCodes(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Every setting category, with its codes or nulls when not yet set. */
    public List<CostCode> costCodes() {
        Map<SettingCategory, CostCode> codes = new EnumMap<>(SettingCategory.class);
        for (SettingCategory c : SettingCategory.values()) {
            codes.put(c, new CostCode(c, null, null));
        }
        jdbc.query("SELECT category, cost_centre, account_code FROM funding_cost_code", rs -> {
            SettingCategory c = SettingCategory.valueOf(rs.getString(1));
            codes.put(c, new CostCode(c, rs.getString(2), rs.getString(3)));
        });
        return List.copyOf(codes.values());
    }

    /** The labels of the categories whose codes are not set yet, in category order. */
    public List<String> missing() {
        return costCodes().stream().filter(c -> !c.isSet()).map(c -> c.category().label()).toList();
    }

    /** True when a cost centre or account code has the allowed form: 1 to 20 letters, digits, . / _ or -. */
    public static boolean validCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Sets the codes of each category given; all or nothing. */
    public void saveCostCodes(List<CostCode> codes, String user) {
        for (CostCode code : codes) {
            for (String value : new String[] {code.costCentre(), code.accountCode()}) {
                if (!validCode(value)) {
                    throw new ExportRejectedException(Reason.BAD_INPUT, code.category().name(), "costCode.invalid",
                            "The codes for " + code.category().labelInSentence()
                                    + " must be 1 to 20 letters, digits, full stops, slashes, underscores or hyphens, "
                                    + "starting with a letter or digit", code.category().label());
                }
            }
        }
        transactions.executeWithoutResult(tx -> {
            for (CostCode code : codes) {
                int changed = jdbc.update("INSERT INTO funding_cost_code (category, cost_centre, account_code, "
                        + "updated_by, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (category) DO UPDATE SET "
                        + "cost_centre = EXCLUDED.cost_centre, account_code = EXCLUDED.account_code, "
                        + "updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at "
                        + "WHERE funding_cost_code.cost_centre <> EXCLUDED.cost_centre "
                        + "OR funding_cost_code.account_code <> EXCLUDED.account_code",
                        code.category().name(), code.costCentre(), code.accountCode(), user,
                        Timestamp.from(clock.instant()));
                if (changed > 0) {
                    events.publishEvent(new ExportEvents.CostCodeChanged(code.category().name(), code.costCentre(),
                            code.accountCode(), user));
                }
            }
        });
    }
}
