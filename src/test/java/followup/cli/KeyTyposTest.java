package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Two files with a typo each, and a cache folder, for the commands that read the files. */
    private Run twoFilesWithTypos() throws Exception {
        write("acme", """
                company: Acme
                stauts: withdrawn
                interviews:
                  - date: 2026-11-23
                    time: "10:00"
                """);
        write("globex", "company: Globex\nrloe: Engineer\ninterviews:\n  - date: 2026-11-20\n");
        return Run.in(home).env("XDG_CACHE_HOME", home.resolve("cache").toString()).settled();
    }

    private String acmeTypo() {
        return home.resolve("applications/acme.yaml") + ":2:1: warning: unknown key 'stauts'; did you mean 'status'?";
    }

    private String globexTypo() {
        return home.resolve("applications/globex.yaml") + ":2:1: warning: unknown key 'rloe'; did you mean 'role'?";
    }

    @Test
    void theCommandsThatReadEveryFileWarnOnStderrOneLinePerTypo() throws Exception {
        Run run = twoFilesWithTypos();
        for (List<String> args : List.of(List.of("today"), List.of("today", "--json"), List.of("today", "--quiet"),
                List.of("list"), List.of("list", "--json"), List.of("stats"), List.of("calendar"),
                List.of("report", "--output", "-"))) {
            Run.Result r = run.run(args.toArray(String[]::new));
            assertThat(r).as(String.join(" ", args)).succeeded().errContains(acmeTypo(), globexTypo());
            assertThat(r.err().lines().filter(l -> l.contains("warning:"))).as(String.join(" ", args)).hasSize(2);
            assertThat(r.out()).as("stdout: " + String.join(" ", args)).doesNotContain("did you mean");
        }
    }

    @Test
    void todayQuietForCronPrintsNothingDueYetStillWarns() throws Exception {
        write("acme", "company: Acme\nstauts: withdrawn\n");
        Run run = Run.in(home).env("XDG_CACHE_HOME", home.resolve("cache").toString()).settled();
        for (int i = 0; i < 2; i++) { // made, then the kept answer
            assertThat(run.run("today", "--quiet")).succeeded().outIs("").errContains(acmeTypo());
        }
    }

    @Test
    void showAndDraftWarnAboutTheirOwnFileOnly() throws Exception {
        Run run = twoFilesWithTypos();
        for (List<String> args : List.of(List.of("show", "acme"), List.of("show", "acme", "--json"),
                List.of("draft", "check-in", "acme"))) {
            Run.Result r = run.run(args.toArray(String[]::new));
            assertThat(r).as(String.join(" ", args)).succeeded().errContains(acmeTypo());
            assertThat(r.err()).as(String.join(" ", args)).doesNotContain("globex");
        }
        assertThat(run.run("show", "globex")).succeeded().errContains(globexTypo());
    }

    @Test
    void aWarningDoesNotChangeTheExitCodeOfAFileThatCannotBeRead() throws Exception {
        Run run = twoFilesWithTypos();
        write("bad", "company: [oops\n");
        assertThat(run.run("list")).exitsWith(1).errContains(acmeTypo(), "bad.yaml:2:1:", "1 file could not be read");
    }

    @Test
    void aRunServedFromTheIndexWarnsAsTheFirstDid() throws Exception {
        Run run = twoFilesWithTypos();
        Run.Result first = run.run("list");
        Path index = cacheFile("index-");
        byte[] indexed = Files.readAllBytes(index);
        // the index keeps the warnings with the applications (and no contents of the file)
        assertThat(new String(indexed, StandardCharsets.UTF_8)).contains("did you mean 'status'").doesNotContain("withdrawn");
        Run.Result again = run.run("list");
        assertThat(again).isEqualTo(first);
        assertThat(again.err()).contains(acmeTypo(), globexTypo());
        assertThat(Files.readAllBytes(index)).as("nothing parsed, the index not written again").isEqualTo(indexed);
        // a fixed typo is seen at once
        write("acme", "company: Acme\nstatus: withdrawn\n");
        assertThat(run.run("list", "--all")).succeeded().errContains(globexTypo()).satisfies(
                r -> assertThat(r.err()).doesNotContain("acme.yaml"));
    }

    @Test
    void theKeptAnswerOfTodayReplaysTheWarnings() throws Exception {
        Run run = twoFilesWithTypos();
        for (String[] args : List.of(new String[] {"today"}, new String[] {"today", "--quiet"})) {
            Run.Result first = run.run(args);
            Path answer = cacheFile("answer-");
            byte[] kept = Files.readAllBytes(answer);
            Run.Result again = run.run(args);
            assertThat(Files.readAllBytes(answer)).as("the kept answer, not made again").isEqualTo(kept);
            assertThat(again).isEqualTo(first);
            assertThat(again).succeeded().errContains(acmeTypo(), globexTypo());
            Files.delete(answer);
        }
    }

    private Path cacheFile(String prefix) throws Exception {
        try (var files = Files.list(home.resolve("cache/followup"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
