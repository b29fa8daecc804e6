package uk.openband.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The PostgreSQL server OpenBand runs for itself when no database is configured: real
 * server binaries from Maven, data kept in a folder that survives restarts, durable
 * settings switched back on, and recovery from a server left running by a killed JVM.
 */
public final class EmbeddedDatabase {

    /** Replaced by the Spring Boot's deferred log when started from the environment post-processor. */
    private static volatile Log log = LogFactory.getLog(EmbeddedDatabase.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    /** Starts (or returns the already running) embedded server for a data directory. */
    public static synchronized EmbeddedDatabase startOrGet(Path dataDirectory, int port, boolean durable, Log logTo) {
        if (logTo != null) {
            log = logTo;
        }
        Path dir = dataDirectory.toAbsolutePath().normalize();
        EmbeddedDatabase running = RUNNING.get(dir);
        if (running != null) {
            return running;
        }
        EmbeddedDatabase started = start(dir, port, durable);
        RUNNING.put(dir, started);
        return started;
    }

    private static EmbeddedDatabase start(Path dir, int port, boolean durable) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "OpenBand cannot create its database folder " + dir + " (" + e.getMessage()
                            + "): make the folder writable or set OPENBAND_DATA_DIR to a writable folder.", e);
        }
        ensureNotLockedByAnotherCopy(dir);
        stopServerLeftRunning(dir);
        if (port != 0) {
            ensurePortFree(port);
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (durable) {
                // The library starts PostgreSQL with fsync off; the app's own data must survive a crash.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL is running on port " + postgres.getPort() + " with its data in " + dir);
            return new EmbeddedDatabase(dir, postgres);
        } catch (IOException | RuntimeException e) {
            if (messageChain(e).contains("could not lock")) {
                throw anotherCopyRunning(dir, e);
            }
            throw new EmbeddedDatabaseException(
                    "The embedded PostgreSQL in " + dir + " did not start (" + rootMessage(e)
                            + "): check the log above, or point SPRING_DATASOURCE_URL at a PostgreSQL server.", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Another OpenBand holds the data directory's lock: refuse rather than corrupt its data. */
    static void ensureNotLockedByAnotherCopy(Path dir) {
        Path lockFile = dir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw")) {
            FileLock lock = file.getChannel().tryLock();
            if (lock == null) {
                throw anotherCopyRunning(dir, null);
            }
            lock.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw anotherCopyRunning(dir, e);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("OpenBand cannot read the lock file " + lockFile + " ("
                    + e.getMessage() + "): check the folder's permissions.", e);
        }
    }

    private static EmbeddedDatabaseException anotherCopyRunning(Path dir, Throwable cause) {
        return new EmbeddedDatabaseException("Another copy of OpenBand is already running with its database in "
                + dir + ": stop that copy first, or give this one its own folder with OPENBAND_DATA_DIR.", cause);
    }

    /**
     * After the JVM was killed, the PostgreSQL it started keeps running on the data directory.
     * Stop it with a fast shutdown (SIGINT) so that the normal start can follow.
     */
    static void stopServerLeftRunning(Path dir) {
        Optional<ProcessHandle> left = serverLeftRunning(dir);
        if (left.isEmpty()) {
            return;
        }
        ProcessHandle server = left.get();
        log.warn("A PostgreSQL server (process " + server.pid() + ") was left running on " + dir
                + " by an earlier run that did not stop cleanly; stopping it before starting again");
        signal(server.pid(), "INT");
        Instant deadline = Instant.now().plusSeconds(60);
        while (server.isAlive() && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
        if (server.isAlive()) {
            throw new EmbeddedDatabaseException("A PostgreSQL server (process " + server.pid()
                    + ") left running on " + dir + " did not stop within 60 seconds: stop it by hand and start again.",
                    null);
        }
    }

    static Optional<ProcessHandle> serverLeftRunning(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            kill.waitFor();
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void ensurePortFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Port " + port + " is already in use, so the embedded PostgreSQL "
                    + "cannot start: free the port or set OPENBAND_EMBEDDED_DB_PORT to another one (0 picks a free port).",
                    e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String messageChain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(' ');
        }
        return all.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
