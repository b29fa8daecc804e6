package uk.openband.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.NewSetting;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilQuery;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.Sex;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.common.SettingCategory;
import uk.openband.identity.NewUser;
import uk.openband.identity.Role;
import uk.openband.identity.UserManagement;

/**
 * Loads demo settings and a user of every role (password "demo") on first start when
 * {@code openband.demo=true}. Running it again changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("openband.demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SettingDirectory settings;
    private final UserManagement users;
    private final PupilRegistry pupils;
    private final TransactionTemplate tx;

    DemoData(SettingDirectory settings, UserManagement users, PupilRegistry pupils, TransactionTemplate tx) {
        this.settings = settings;
        this.users = users;
        this.pupils = pupils;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> load());
    }

    void load() {
        SettingSummary brookfield = setting("100001", "9992001", "Brookfield Primary School", "Community school",
                "Primary", SettingCategory.MAINSTREAM, "DM1 1AA");
        SettingSummary hillside = setting("100002", "9994001", "Hillside Academy", "Academy converter",
                "Secondary", SettingCategory.MAINSTREAM, "DM2 2BB");
        setting("100003", "9997001", "Oakwood School", "Community special school", "All-through",
                SettingCategory.SPECIAL, "DM3 3CC");
        setting("100004", "9994002", "Hillside Academy Speech and Language Base", "Academy converter",
                "Secondary", SettingCategory.RESOURCED_PROVISION, "DM2 2BB");

        int created = 0;
        for (NewUser user : List.of(
                new NewUser("senco", "Sam Patel", "senco@brookfield.example", Role.SENCO, brookfield.id(), PASSWORD, true),
                new NewUser("senco2", "Jo Morgan", "senco@hillside.example", Role.SENCO, hillside.id(), PASSWORD, true),
                new NewUser("officer", "Alex Reed", "alex.reed@demoshire.example", Role.CASE_OFFICER, null, PASSWORD, true),
                new NewUser("panel", "Priya Shah", "priya.shah@demoshire.example", Role.PANEL_MEMBER, null, PASSWORD, true),
                new NewUser("manager", "Chris Evans", "chris.evans@demoshire.example", Role.SEND_MANAGER, null, PASSWORD, true),
                new NewUser("finance", "Lee Turner", "lee.turner@demoshire.example", Role.FINANCE_OFFICER, null, PASSWORD, true),
                new NewUser("admin", "Morgan Hughes", "morgan.hughes@demoshire.example", Role.ADMIN, null, PASSWORD, true))) {
            if (users.findByUsername(user.username()).isEmpty()) {
                users.create(user);
                created++;
            }
        }
        if (created > 0) {
            log.info("Loaded demo data: {} demo users", created);
        }
        int pupilsAdded = 0;
        for (PupilData pupil : List.of(
                pupil("N999200122001", "Amelia", "Jones", "Millie", LocalDate.of(2016, 3, 27), Sex.F, "WBRI", "SLCN",
                        "ASD", EhcStatus.NONE, null, brookfield),
                pupil("N999200123002", "Oliver", "Khan", null, LocalDate.of(2017, 11, 5), Sex.M, "APKN", "ASD",
                        null, EhcStatus.PLAN_ISSUED, LocalDate.of(2024, 6, 14), brookfield),
                pupil("N999200124003", "Grace", "Okafor", null, LocalDate.of(2018, 1, 19), Sex.F, "BAFR", "MLD",
                        "SEMH", EhcStatus.REQUESTED, LocalDate.of(2025, 9, 22), brookfield),
                pupil("G99920012500A", "Leo", "Novak", null, LocalDate.of(2019, 7, 2), Sex.M, "WOTH", "SEMH",
                        null, EhcStatus.NONE, null, brookfield),
                pupil("N999400121001", "Harry", "Williams", null, LocalDate.of(2011, 4, 8), Sex.M, "WBRI", "SPLD",
                        null, EhcStatus.IN_ASSESSMENT, LocalDate.of(2025, 10, 1), hillside),
                pupil("N999400122002", "Isla", "Chen", "Izzy", LocalDate.of(2012, 9, 30), Sex.F, "CHNE", "HI",
                        null, EhcStatus.PLAN_ISSUED, LocalDate.of(2023, 2, 10), hillside))) {
            if (pupils.search(PupilScope.allSettings(), new PupilQuery(pupil.upn(), null), 1).total() == 0) {
                pupils.register(PupilScope.allSettings(), pupil);
                pupilsAdded++;
            }
        }
        if (pupilsAdded > 0) {
            log.info("Loaded demo data: {} demo pupils", pupilsAdded);
        }
    }

    private static PupilData pupil(String upn, String first, String last, String preferred, LocalDate dob, Sex sex,
            String ethnicity, String primary, String secondary, EhcStatus ehc, LocalDate ehcDate, SettingSummary at) {
        return new PupilData(upn, first, last, preferred, dob, sex, ethnicity, primary, secondary, ehc, ehcDate, at.id());
    }

    private SettingSummary setting(String urn, String laestab, String name, String type, String phase,
            SettingCategory category, String postcode) {
        return settings.findByUrn(urn).orElseGet(() ->
                settings.add(new NewSetting(urn, laestab, name, type, phase, category, postcode)));
    }
}
