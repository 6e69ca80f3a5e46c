package followup.draft;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafting package stays pure: "today", the data and the template texts come in as
 * parameters. A plain scan of its sources for the ways in which it could reach the clock, the
 * environment, the disk or the terminal.
 */
class PurityTest {

    private static final List<String> FORBIDDEN = List.of(
            "System.out", "System.err", "System.in", "System.getenv", "System.getProperty",
            "System.currentTimeMillis", "System.nanoTime", ".now(", "Clock", "new Date(",
            "java.nio.file", "java.io.File", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter",
            "java.net.URL", "Socket", "ProcessBuilder", "Runtime.getRuntime", "Thread.sleep");

    @Test
    void draftPackageReadsNoClockEnvironmentFilesOrTerminal() throws IOException {
        Path dir = Path.of("src/main/java/followup/draft");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(sources).isNotEmpty();
            for (Path source : sources) {
                String code = Files.readString(source);
                assertThat(code).as(source.toString()).doesNotContain(FORBIDDEN.toArray(String[]::new));
            }
        }
    }
}
