package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup merge-file BASE OURS THEIRS PATH}, as git runs it: the result goes to OURS. */
class MergeFileCommandTest {

    private static final String BASE = """
            company: Acme Corp
            status: interviewing   # since the phone screen
            decision-by: 2026-11-27
            log:
              - date: 2026-11-20
                event: thanks
            """;

    @TempDir
    Path tmp;

    private Run.Result merge(String base, String ours, String theirs) throws Exception {
        Files.writeString(tmp.resolve("base"), base);
        Files.writeString(tmp.resolve("ours"), ours);
        Files.writeString(tmp.resolve("theirs"), theirs);
        return Run.in(tmp.resolve("home")).run("merge-file", tmp.resolve("base").toString(),
                tmp.resolve("ours").toString(), tmp.resolve("theirs").toString(), "applications/acme.yaml");
    }

    private String result() throws Exception {
        return Files.readString(tmp.resolve("ours"));
    }

    @Test
    void aCleanMergeIsWrittenToOursWithExitZero() throws Exception {
        Run.Result r = merge(BASE, BASE + "  - date: 2026-11-23\n    event: reply\n",
                BASE + "  - date: 2026-11-21\n    event: note\n");
        assertThat(r).succeeded().errIsEmpty();
        assertThat(result()).isEqualTo(BASE + "  - date: 2026-11-21\n    event: note\n"
                + "  - date: 2026-11-23\n    event: reply\n");
    }

    @Test
    void aConflictIsWrittenAsValidYamlWithExitOne() throws Exception {
        Run.Result r = merge(BASE, BASE.replace("status: interviewing", "status: offer"),
                BASE.replace("status: interviewing", "status: rejected"));
        assertThat(r).exitsWith(1).errContains("applications/acme.yaml: both copies changed 'status' differently",
                "merge-conflict");
        assertThat(result()).contains("status: offer", "merge-conflict:", "  status: rejected   # since the phone screen");
    }

    @Test
    void aFileThatIsNotYamlIsMergedLineByLineAndCheckNamesTheMarkers() throws Exception {
        String broken = BASE.replace("company: Acme Corp", "company: [Acme");
        Run.Result r = merge(BASE, broken, BASE.replace("company: Acme Corp", "company: Acme Inc"));
        assertThat(r).exitsWith(1).errContains("cannot merge it field by field", "merging it line by line");
        assertThat(result()).startsWith("<<<<<<< ours\n");

        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("applications"));
        Files.writeString(home.resolve("applications/acme.yaml"), result());
        assertThat(Run.in(home).run("check")).exitsWith(1)
                .outContains("acme.yaml:1:1: unresolved merge conflict; edit the file and keep one side");
    }
}
