package followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data training runs every command line on the bundled samples, inside its own folder. */
class TrainTest {

    @TempDir
    Path work;

    @Test
    void everyCommandLineRunsOnTheSamplesAndStaysInItsFolder() throws Exception {
        assertThat(Train.run(work)).as("no internal error").isTrue();
        assertThat(work.resolve("home/applications/acme-corp.yaml")).exists();
        assertThat(Files.readString(work.resolve("home/applications/acme-corp.yaml"))).contains("note: sent");
        assertThat(work.resolve("home/applications/training-corp.yaml")).exists();
        // the index, kept answers (four lines of today) and kept help (--help, today --help) were
        // written (and so, for the lines run twice, read)
        try (var kept = Files.list(work.resolve("cache/followup"))) {
            assertThat(kept.map(p -> p.getFileName().toString().replaceAll("(-[0-9a-f]{16})+\\.bin$", "")))
                    .containsExactlyInAnyOrder("index", "answer", "answer", "answer", "answer", "help", "help");
        }
    }
}
