package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 / SPEC §5 check: a hand-typed key one or two edits from ours is a warning with "did you mean". */
class KeyTyposTest {

    @TempDir
    Path home;

    private void write(String id, String text) throws Exception {
        Files.createDirectories(home.resolve("applications"));
        Files.writeString(home.resolve("applications/" + id + ".yaml"), text);
    }

    @Test
    void aTypoOfAKnownKeyIsAWarningAndTheUsersOwnKeysStaySilent() throws Exception {
        write("acme", """
                company: Acme
                stauts: withdrawn
                salary-band: L5
                contacts:
                  - name: Jane Doe
                    emial: jane@acme.example
                interviews:
                  - date: 2026-11-20
                    knid: onsite
                log:
                  - date: 2026-11-20
                    event: thanks
                    not: sent from the train
                  - date: 2026-11-21
                    event: reply
                    mood: good
                """);
        Run.Result r = Run.in(home).run("check");
        assertThat(r).succeeded();
        String file = home.resolve("applications/acme.yaml").toString();
        assertThat(r.out()).contains(
                file + ":2:1: warning: unknown key 'stauts'; did you mean 'status'?",
                file + ":6:5: warning: unknown key 'emial'; did you mean 'email'?",
                file + ":9:5: warning: unknown key 'knid'; did you mean 'kind'?",
                file + ":13:5: warning: unknown key 'not'; did you mean 'note'?",
                "ok: 1 application checked in", "(4 warnings)");
        assertThat(r.out()).doesNotContain("salary-band", "mood", "withdrawn", "jane@");
    }

    @Test
    void warningsAloneLeaveTheExitCodeAtZeroAndProblemsStillCount() throws Exception {
        write("acme", "company: Acme\nrloe: Engineer\n");
        write("bad", "company: [oops\n");
        Run.Result r = Run.in(home).run("check");
        assertThat(r).exitsWith(1).outContains("unknown key 'rloe'; did you mean 'role'?");
    }

    @Test
    void editWarnsAboutATypoInWhatWasSaved() throws Exception {
        write("acme", "company: Acme\n");
        Run run = Run.in(home).editor((command, file) -> {
            Files.writeString(file, "company: Acme\ndecison-by: 2026-12-01\n");
            return 0;
        });
        assertThat(run.run("edit", "acme")).succeeded().outIs("acme: saved\n")
                .errContains("warning: unknown key 'decison-by'; did you mean 'decision-by'?");
    }
}
