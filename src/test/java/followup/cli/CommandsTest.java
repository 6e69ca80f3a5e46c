package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @TempDir
    Path home;

    @Test
    void addThenLogThenShowKeepsEverything() throws Exception {
        Run run = Run.in(home);
        assertThat(run.run("add", "Acme Corp.", "--role", "Backend Engineer", "--contact", "Jane Doe <jane@acme.example>",
                "--interview", "2026-11-20", "--at", "14:00", "--decision-by", "7-10 days")).succeeded().outIs("acme-corp\n");
        Path file = home.resolve("applications/acme-corp.yaml");
        assertThat(Files.readString(file)).contains("decision-by: 2026-11-30", "time: \"14:00\"");
        assertThat(run.run("log", "acme-corp", "thanks", "--on", "2026-11-20")).succeeded();
        assertThat(run.run("show", "acme-corp")).succeeded().outContains("thanks", "Jane Doe");
    }
}
