package uk.openband.agreements.internal.awards;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.openband.agreements.internal.awards.AwardPlan.PreviousImport;

/** The import records ({@code agreements_award_import}) and what checking a file needs to know of agreements. */
@Repository
class AwardImportStore {

    /** An agreement's funded days at a setting, for the overlap check. */
    record Funded(long pupilId, long settingId, LocalDate from, LocalDate to, String reference) {
    }

    private final JdbcTemplate jdbc;

    AwardImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PreviousImport> bySha256(String sha256) {
        return jdbc.query("SELECT reference, created_at, created_by, imported FROM agreements_award_import "
                + "WHERE sha256 = ?", (rs, i) -> new PreviousImport(rs.getString(1),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4)), sha256).stream().findFirst();
    }

    /** The old references among these that an earlier import made agreements for, with their agreement. */
    Map<String, String> importedOldReferences(Collection<String> oldReferences) {
        Map<String, String> found = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(oldReferences))) {
            jdbc.query("SELECT old_reference, reference FROM funding_agreement WHERE source = 'IMPORT' "
                    + "AND old_reference = ANY (?)", rs -> {
                        found.put(rs.getString(1), rs.getString(2));
                    }, (Object) chunk.toArray(String[]::new));
        }
        return found;
    }

    /** Every agreement of these pupils that funds at least one day. */
    List<Funded> fundedDays(Collection<Long> pupilIds) {
        List<Funded> funded = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(pupilIds))) {
            funded.addAll(jdbc.query("SELECT pupil_id, setting_id, start_date, end_date, reference FROM funding_agreement "
                    + "WHERE pupil_id = ANY (?) AND end_date >= start_date", (rs, i) -> new Funded(rs.getLong(1),
                            rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            rs.getString(5)), (Object) chunk.toArray(Long[]::new)));
        }
        return funded;
    }

    /** Records the import of a valid plan: its id and reference number. */
    long[] start(AwardPlan plan, String by, Instant at) {
        long number = jdbc.queryForObject("SELECT nextval('agreements_award_import_reference_seq')", Long.class);
        String reference = "AI-%06d".formatted(number);
        Long id = jdbc.queryForObject("INSERT INTO agreements_award_import (reference, sha256, file_name, rows_read, "
                + "imported, already_known, total_annual, payments_from, arrears, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class, reference, plan.sha256(),
                plan.fileName(), plan.rows(), plan.awards().size(), plan.alreadyImported().size(),
                plan.totals().annualCost(), Date.valueOf(plan.options().paymentsFrom()), plan.options().arrears(), by,
                Timestamp.from(at));
        return new long[] {id, number};
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 5000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 5000)));
        }
        return chunks;
    }
}
