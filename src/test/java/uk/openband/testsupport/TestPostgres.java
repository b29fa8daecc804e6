package uk.openband.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place tests get PostgreSQL from: a Testcontainers postgres:17 where Docker runs,
 * otherwise an embedded PostgreSQL (real server binaries from Maven, throw-away data, fsync
 * off for speed). One server per test JVM; the same Flyway migrations run on both. Most tests share its
 * default database; a test class marked {@link OwnDatabase} gets a new, empty one ({@link #newDatabase(String)}).
 */
public final class TestPostgres {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static TestPostgres instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String kind;

    private TestPostgres(String jdbcUrl, String username, String password, String kind) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.kind = kind;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = dockerAvailable() ? container() : embedded();
            System.out.println("Tests use PostgreSQL from " + instance.kind + " at " + instance.jdbcUrl);
        }
        return instance;
    }

    private static boolean dockerAvailable() {
        if (Boolean.getBoolean("openband.test.embedded-only")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static TestPostgres container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
        container.start();
        return new TestPostgres(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers (postgres:17)");
    }

    private static TestPostgres embedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            return new TestPostgres("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "postgres", "",
                    "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates an empty database on this server, named after {@code purpose}, and returns its JDBC URL (same
     * user and password as the default database).
     */
    public String newDatabase(String purpose) {
        String name = "openband_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
                + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbcUrl, username, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalStateException("Unexpected JDBC URL " + jdbcUrl);
        }
        return m.group(1) + name + m.group(3);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }
}
