package uk.openband.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place tests get PostgreSQL from: a Testcontainers postgres:17 where Docker runs,
 * otherwise an embedded PostgreSQL (real server binaries from Maven, throw-away data, fsync
 * off for speed). One server per test JVM; the same Flyway migrations run on both.
 */
public final class TestPostgres {

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
