package uk.openband.identity.internal;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.identity.IdentityEvents;

/**
 * Slows down password guessing without locking anyone out. Failed sign-ins are counted per username (whether or
 * not such a user exists, so the answers never tell which usernames are real) and per client address; each
 * count has its own {@link BackOff}. While either count is blocked, sign-in with that username or from that
 * address is refused before the password is checked, with the time to try again.
 *
 * <p>The counts live in PostgreSQL (table {@code sign_in_throttle}, updated with one atomic upsert), so every
 * instance behind a load balancer sees the same counts. A count is forgotten after {@code forget-after} without
 * failures; a successful sign-in clears its username's count (never the address's); an administrator's
 * password reset clears it too. Usernames are stored only as a SHA-256 hash.
 */
@Component
public class SignInThrottle {

    enum Scope { ACCOUNT, ADDRESS }

    /** Whether a sign-in may go ahead, and whether the username has a count to clear on success. */
    record Check(Instant blockedUntil, boolean accountCounted, Instant checkedAt) {
        boolean blocked() {
            return blockedUntil != null;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BackOff account;
    private final BackOff address;
    private final Duration forgetAfter;

    SignInThrottle(JdbcTemplate jdbc, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock,
            @Value("${openband.security.sign-in-throttle.account.free-failures:5}") int accountFree,
            @Value("${openband.security.sign-in-throttle.account.first-delay:2s}") Duration accountFirst,
            @Value("${openband.security.sign-in-throttle.account.max-delay:1m}") Duration accountMax,
            @Value("${openband.security.sign-in-throttle.address.free-failures:20}") int addressFree,
            @Value("${openband.security.sign-in-throttle.address.first-delay:2s}") Duration addressFirst,
            @Value("${openband.security.sign-in-throttle.address.max-delay:15m}") Duration addressMax,
            @Value("${openband.security.sign-in-throttle.forget-after:1h}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.account = new BackOff(accountFree, accountFirst, accountMax);
        this.address = new BackOff(addressFree, addressFirst, addressMax);
        this.forgetAfter = forgetAfter;
    }

    BackOff backOff(Scope scope) {
        return scope == Scope.ACCOUNT ? account : address;
    }

    /** One indexed read: is this username or this address blocked now? */
    Check check(String username, String clientAddress) {
        Instant now = clock.instant();
        Instant[] blocked = {null};
        boolean[] counted = {false};
        String accountKey = accountKey(username);
        jdbc.query("SELECT throttle_key, blocked_until FROM sign_in_throttle WHERE throttle_key IN (?, ?)", rs -> {
            Timestamp until = rs.getTimestamp("blocked_until");
            if (accountKey.equals(rs.getString("throttle_key"))) {
                counted[0] = true;
            }
            if (until != null && until.toInstant().isAfter(now)
                    && (blocked[0] == null || until.toInstant().isAfter(blocked[0]))) {
                blocked[0] = until.toInstant();
            }
        }, accountKey, addressKey(clientAddress));
        return new Check(blocked[0], counted[0], now);
    }

    /** Counts a failed sign-in against the username and the address; audits each block that starts. */
    void recordFailure(String username, String clientAddress) {
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            count(Scope.ACCOUNT, accountKey(username), username, now);
            count(Scope.ADDRESS, addressKey(clientAddress), clientAddress, now);
        });
    }

    /** A successful sign-in, or an administrator's password reset, forgets the username's failures (never the address's). */
    public void clearAccount(String username) {
        jdbc.update("DELETE FROM sign_in_throttle WHERE throttle_key = ?", accountKey(username));
    }

    /** The username's block, if any, for the administrator's user page. */
    public Instant accountBlockedUntil(String username) {
        List<Timestamp> until = jdbc.queryForList("SELECT blocked_until FROM sign_in_throttle WHERE throttle_key = ?"
                + " AND blocked_until > ?", Timestamp.class, accountKey(username), Timestamp.from(clock.instant()));
        return until.isEmpty() ? null : until.get(0).toInstant();
    }

    private void count(Scope scope, String key, String subject, Instant now) {
        Integer failures = jdbc.queryForObject("""
                INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at) VALUES (?, 1, ?)
                ON CONFLICT (throttle_key) DO UPDATE SET
                    failures = CASE WHEN sign_in_throttle.last_failure_at < ? THEN 1
                                    ELSE sign_in_throttle.failures + 1 END,
                    blocked_until = CASE WHEN sign_in_throttle.last_failure_at < ? THEN NULL
                                         ELSE sign_in_throttle.blocked_until END,
                    last_failure_at = EXCLUDED.last_failure_at
                RETURNING failures""", Integer.class, key, Timestamp.from(now),
                Timestamp.from(now.minus(forgetAfter)), Timestamp.from(now.minus(forgetAfter)));
        Duration delay = backOff(scope).delayAfter(failures);
        if (!delay.isZero()) {
            Instant until = now.plus(delay);
            jdbc.update("UPDATE sign_in_throttle SET blocked_until = ? WHERE throttle_key = ?", Timestamp.from(until), key);
            events.publishEvent(new IdentityEvents.SignInThrottled(scope.name(), subject(scope, subject), failures,
                    until.toString()));
        }
    }

    private static String subject(Scope scope, String subject) {
        if (subject == null) {
            return "";
        }
        String s = scope == Scope.ACCOUNT ? subject.trim() : subject;
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    static String accountKey(String username) {
        String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "account:" + sha256(normalised);
    }

    /** IPv4 addresses count one by one; IPv6 addresses by their /64 network (one household or device). */
    static String addressKey(String clientAddress) {
        String a = clientAddress == null ? "unknown" : clientAddress.trim();
        if (a.indexOf(':') >= 0 && a.matches("[0-9A-Fa-f:.%a-zA-Z0-9]{2,60}")) {
            try {
                byte[] bytes = InetAddress.getByName(a.replaceAll("%.*$", "")).getAddress();
                if (bytes.length == 16) {
                    return "address:" + HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
                }
                return "address:" + InetAddress.getByAddress(bytes).getHostAddress();
            } catch (java.net.UnknownHostException e) {
                // not a literal address: counted as written
            }
        }
        return "address:" + (a.length() > 64 ? a.substring(0, 64) : a);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
