package uk.openband.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void a_data_directory_locked_by_another_copy_is_refused_in_one_sentence() throws Exception {
        Path lockFile = dir.resolve("epg-lock");
        Files.createFile(lockFile);
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileLock lock = file.getChannel().lock()) {
            assertThat(lock.isValid()).isTrue();
            assertThatThrownBy(() -> EmbeddedDatabase.ensureNotLockedByAnotherCopy(dir))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageStartingWith("Another copy of OpenBand is already running with its database in")
                    .hasMessageContaining("OPENBAND_DATA_DIR");
        }
        EmbeddedDatabase.ensureNotLockedByAnotherCopy(dir);
    }

    @Test
    void a_port_in_use_is_refused_in_one_sentence() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedDatabase.ensurePortFree(port))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessage("Port " + port + " is already in use, so the embedded PostgreSQL cannot start: free the "
                            + "port or set OPENBAND_EMBEDDED_DB_PORT to another one (0 picks a free port).");
        }
    }

    @Test
    void no_server_is_left_running_on_an_empty_or_stale_directory() throws Exception {
        assertThat(EmbeddedDatabase.serverLeftRunning(dir)).isEmpty();
        Files.writeString(dir.resolve("postmaster.pid"), "999999999\n" + dir + "\n");
        assertThat(EmbeddedDatabase.serverLeftRunning(dir)).isEmpty();
        Files.writeString(dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        assertThat(EmbeddedDatabase.serverLeftRunning(dir)).as("a live process that is not PostgreSQL").isEmpty();
    }

    @Test
    void the_failure_analyzer_says_why_and_what_to_do() {
        EmbeddedDatabaseException e = new EmbeddedDatabaseException(
                "Another copy of OpenBand is already running with its database in /x: stop that copy first.", null);
        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new RuntimeException(e), e);
        assertThat(analysis.getDescription()).isEqualTo("Another copy of OpenBand is already running with its database in /x.");
        assertThat(analysis.getAction()).isEqualTo("Stop that copy first.");
    }
}
