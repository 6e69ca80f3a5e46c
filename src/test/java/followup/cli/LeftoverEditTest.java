package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8: the working copy of an {@code edit} that was killed is never silently lost: {@code
 * check} and the next command that takes the lock name it, with the commands that keep or discard
 * it; a copy a running edit holds is not called abandoned; {@code today} does not look.
 */
class LeftoverEditTest {

    @TempDir
    Path home;

    private Path file;
    private Path left;

    @BeforeEach
    void aKilledEdit() throws Exception {
        assertThat(Run.in(home).run("add", "Acme", "--role", "Engineer", "--no-input")).succeeded();
        file = home.resolve("applications/acme.yaml");
        // what `kill -TERM` during `followup edit acme` left on main: the copy, with the person's work
        left = home.resolve("applications/.acme.edit-5734019283746501234.yaml");
        Files.writeString(left, Files.readString(file).replace("Engineer", "Staff Engineer"));
    }

    /** How many times it is named: a notice's first line, followed by the commands for it. */
    private long mentions(String text) {
        return text.lines().filter(l -> l.startsWith("followup: ") && l.contains(left.getFileName().toString())).count();
    }

    @Test
    void checkNamesItAsAWarningWithHowToKeepOrDiscardIt() {
        Run.Result check = Run.in(home).run("check");
        assertThat(check).succeeded() // a warning: nothing else is wrong, so exit 0
                .outContains("ok: 1 application checked")
                .errContains("followup: " + left + ": an edit of acme was interrupted before it was saved",
                        "\n  compare:    diff " + file + " " + left,
                        "\n  keep it:    mv " + left + " " + file + " && followup check",
                        "\n  discard it: rm " + left);
        assertThat(mentions(check.err())).isEqualTo(1);
        assertThat(check.err()).doesNotContain("Staff Engineer");
        assertThat(left).exists();
    }

    @Test
    void checkStillFailsForARealProblemBeside() throws Exception {
        Files.writeString(home.resolve("applications/bad.yaml"), "company: [\n");
        assertThat(Run.in(home).run("check")).exitsWith(1).outContains("bad.yaml:").errContains(left.toString());
    }

    @Test
    void theNextLogNamesItOnceEvenWithAGitCommitAfter() throws Exception {
        Run run = Run.in(home);
        Run.Result log = run.run("log", "acme", "thanks");
        assertThat(log).succeeded().outContains("acme: logged thanks");
        assertThat(mentions(log.err())).isEqualTo(1);
        assertThat(log.err()).contains("an edit of acme was interrupted");
        assertThat(left).exists();
        if (gitAvailable()) {
            assertThat(run.run("git", "init")).succeeded();
            Run.Result again = run.run("log", "acme", "reply");
            assertThat(again).succeeded();
            assertThat(mentions(again.err())).as("the commit takes the lock again").isEqualTo(1);
            // a dot file: never committed (it may hold what the person has not chosen to keep)
            assertThat(run.run("git", "status", "--porcelain", "--ignored")).outContains("!! applications/.acme.edit-");
        }
    }

    @Test
    void addAndEditNameItTooButTodayAndListDoNot() {
        assertThat(Run.in(home).run("add", "Globex", "--no-input")).succeeded().errContains(left.toString());
        Run.Result edit = Run.in(home).editor((command, copy) -> 0).run("edit", "acme");
        assertThat(edit).succeeded().errContains(left.toString(), "no changes");
        assertThat(Run.in(home).run("today")).succeeded().errIsEmpty();
        assertThat(Run.in(home).run("list")).succeeded().errIsEmpty();
        assertThat(left).exists();
    }

    @Test
    void aRunningEditIsNotCalledAbandonedWhileItRuns() throws Exception {
        Files.delete(left);
        Run.Result[] meanwhile = new Run.Result[2];
        Run run = Run.in(home).editor((command, copy) -> {
            // another terminal, while this edit's editor is open
            meanwhile[0] = Run.in(home).run("check");
            meanwhile[1] = Run.in(home).run("log", "acme", "thanks");
            Files.writeString(copy, Files.readString(copy).replace("Engineer", "Lead"));
            return 0;
        });
        assertThat(run.run("edit", "acme")).exitsWith(1).errContains("changed while you were editing");
        assertThat(meanwhile[0]).succeeded().errIsEmpty();
        assertThat(meanwhile[1]).succeeded().errIsEmpty();
        // the edit kept its copy for the person and said so; later commands name it as kept
        List<Path> copies = copies();
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).getFileName().toString()).endsWith(".kept.yaml");
        assertThat(Run.in(home).run("check")).succeeded()
                .errContains(copies.get(0) + ": your edit of acme was not saved and is kept here");
    }

    @Test
    void anInvalidEditKeptOffATerminalIsNamedAsKept() throws Exception {
        Files.delete(left);
        Run.Result edit = Run.in(home).editor((command, copy) -> {
            Files.writeString(copy, "company: [\n");
            return 0;
        }).run("edit", "acme");
        assertThat(edit).exitsWith(1).errContains("your edit is kept in", ".kept.yaml");
        Path kept = copies().get(0);
        assertThat(edit.err()).contains(kept.toString());
        assertThat(Run.in(home).run("log", "acme", "thanks")).succeeded().errContains(kept + ": your edit of acme");
    }

    private List<Path> copies() throws Exception {
        try (var s = Files.list(home.resolve("applications"))) {
            return s.filter(p -> p.getFileName().toString().contains(".edit-")).sorted().toList();
        }
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
