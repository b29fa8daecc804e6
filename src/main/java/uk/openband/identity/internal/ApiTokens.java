package uk.openband.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.identity.IdentityEvents;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;

/**
 * API tokens: a person (or an administrator for them) makes a named token that expires, for an integration to use
 * as {@code Authorization: Bearer …} on the API with that person's role and setting. The token is 256 random bits
 * shown once; only its SHA-256 hash is stored, so checking one costs one indexed read and no password hashing.
 * Revoking or disabling the user stops a token at once, on every instance (nothing is cached).
 */
@Service
class ApiTokens {

    /** Every token starts with this, so that secret scanners and people can recognise one. */
    static final String PREFIX = "obt_";
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_ACTIVE_PER_USER = 20;
    static final List<Integer> EXPIRY_DAYS = List.of(7, 30, 90, 365);
    /** Last-used time is written at most this often per token, so that a busy integration does not write on every call. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    enum Status { ACTIVE, EXPIRED, REVOKED }

    record Token(long id, long userId, String name, String hint, Instant createdAt, String createdBy, Instant expiresAt,
            Instant revokedAt, String revokedBy, Instant lastUsedAt, Status status) {

        public boolean active() {
            return status == Status.ACTIVE;
        }
    }

    /** A token just made, with its secret: the only time the secret exists outside the client. */
    record Created(Token token, String secret) {
    }

    /** The result of checking a bearer token: the person, or why not. */
    record Check(SignedInUser user, String refusal) {
        boolean ok() {
            return user != null;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Created create(long userId, String name, Integer expiresInDays, String actingUsername) {
        String trimmed = name == null ? "" : name.strip();
        List<Refused.Problem> problems = new java.util.ArrayList<>();
        if (trimmed.isEmpty()) {
            problems.add(new Refused.Problem("name", "token.name.required"));
        } else if (trimmed.length() > MAX_NAME_LENGTH) {
            problems.add(new Refused.Problem("name", "token.name.long", MAX_NAME_LENGTH));
        } else if (trimmed.chars().anyMatch(Character::isISOControl)) {
            problems.add(new Refused.Problem("name", "token.name.control"));
        }
        if (expiresInDays == null || !EXPIRY_DAYS.contains(expiresInDays)) {
            problems.add(new Refused.Problem("expiresInDays", "token.expiry.required"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        String username = jdbc.query("SELECT username FROM app_user WHERE id = ? FOR UPDATE",
                rs -> rs.next() ? rs.getString(1) : null, userId);
        if (username == null) {
            throw new NotFound("user.missing");
        }
        Instant now = clock.instant();
        Integer active = jdbc.queryForObject("SELECT count(*) FROM api_token WHERE user_id = ? AND revoked_at IS NULL"
                + " AND expires_at > ?", Integer.class, userId, Timestamp.from(now));
        if (active != null && active >= MAX_ACTIVE_PER_USER) {
            throw new Refused("name", "token.tooMany", MAX_ACTIVE_PER_USER);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String hint = secret.substring(0, PREFIX.length() + 4);
        Instant expires = now.plus(Duration.ofDays(expiresInDays));
        Long id = jdbc.queryForObject("""
                INSERT INTO api_token (user_id, name, token_hash, hint, created_at, created_by, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, userId, trimmed, hash(secret), hint,
                Timestamp.from(now), actingUsername, Timestamp.from(expires));
        events.publishEvent(new IdentityEvents.ApiTokenCreated(username, id, trimmed, expires.toString()));
        return new Created(find(userId, id), secret);
    }

    @Transactional(readOnly = true)
    List<Token> forUser(long userId) {
        return jdbc.query("SELECT * FROM api_token WHERE user_id = ? ORDER BY revoked_at IS NOT NULL, expires_at <= ?,"
                + " created_at DESC, id DESC", this::token, userId, Timestamp.from(clock.instant()));
    }

    @Transactional(readOnly = true)
    Token find(long userId, long tokenId) {
        return jdbc.query("SELECT * FROM api_token WHERE user_id = ? AND id = ?", this::token, userId, tokenId)
                .stream().findFirst().orElseThrow(() -> new NotFound("token.notFound", tokenId));
    }

    /** Revokes a token of this user's; revoking one already revoked or expired changes nothing. */
    @Transactional
    Token revoke(long userId, long tokenId, String actingUsername) {
        Token token = find(userId, tokenId);
        if (token.revokedAt() == null) {
            jdbc.update("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                    Timestamp.from(clock.instant()), actingUsername, tokenId);
            String username = jdbc.queryForObject("SELECT username FROM app_user WHERE id = ?", String.class, userId);
            events.publishEvent(new IdentityEvents.ApiTokenRevoked(username, tokenId, token.name()));
        }
        return find(userId, tokenId);
    }

    /**
     * Checks a bearer token: one indexed read (token and user together), and a write of the last-used time at most
     * once a minute per token.
     */
    Check authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return new Check(null, "token.api.invalid");
        }
        Instant now = clock.instant();
        List<Check> found = jdbc.query("""
                SELECT t.id, t.expires_at, t.revoked_at, t.last_used_at,
                       u.id AS user_id, u.username, u.display_name, u.role, u.setting_id, u.enabled
                  FROM api_token t JOIN app_user u ON u.id = t.user_id
                 WHERE t.token_hash = ?""", (rs, n) -> {
            if (rs.getTimestamp("revoked_at") != null) {
                return new Check(null, "token.api.revoked");
            }
            if (!rs.getTimestamp("expires_at").toInstant().isAfter(now)) {
                return new Check(null, "token.api.expired");
            }
            if (!rs.getBoolean("enabled")) {
                return new Check(null, "token.api.disabled");
            }
            Timestamp lastUsed = rs.getTimestamp("last_used_at");
            if (lastUsed == null || !lastUsed.toInstant().plus(LAST_USED_RESOLUTION).isAfter(now)) {
                jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", Timestamp.from(now), rs.getLong("id"));
            }
            long settingId = rs.getLong("setting_id");
            return new Check(new SignedInUser(rs.getLong("user_id"), rs.getString("username"),
                    rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                    rs.wasNull() ? null : settingId, null, true, true), null);
        }, hash(secret));
        return found.isEmpty() ? new Check(null, "token.api.invalid") : found.get(0);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Token token(ResultSet rs, int row) throws SQLException {
        Instant now = clock.instant();
        Instant revoked = instant(rs, "revoked_at");
        Instant expires = instant(rs, "expires_at");
        Status status = revoked != null ? Status.REVOKED : expires.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
        return new Token(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("hint"),
                instant(rs, "created_at"), rs.getString("created_by"), expires, revoked, rs.getString("revoked_by"),
                instant(rs, "last_used_at"), status);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
