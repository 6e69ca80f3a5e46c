package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 / SPEC §5: {@code followup rm ID [--yes]}. */
class RmCommandTest {

    @TempDir
    Path tmp;

    private Path home;
    private Path file;

    @BeforeEach
    void addOne() {
        home = tmp.resolve("home");
        file = home.resolve("applications/globex-2.yaml");
        assertThat(Run.in(home).run("add", "Globex", "--id", "globex-2", "--no-input")).succeeded();
    }

    @Test
    void offATerminalItNeedsYes() {
        assertThat(Run.in(home).run("rm", "globex-2")).exitsWith(2).errContains("--yes");
        assertThat(file).exists();
        assertThat(Run.in(home).run("rm", "globex-2", "--yes")).succeeded().outIs("globex-2: deleted\n");
        assertThat(file).doesNotExist();
        assertThat(Run.in(home).run("list")).succeeded().outContains("No applications");
    }

    @Test
    void onATerminalItAsksAndOnlyYesDeletes() {
        Run no = Run.in(home).terminal(80, "n");
        assertThat(no.run("rm", "globex-2")).exitsWith(1).errContains("not deleted");
        assertThat(no.asked).singleElement().asString().contains("Delete globex-2 (Globex, 0 log entries)",
                "there is no history to bring it back", "[y/N]");
        assertThat(file).exists();
        Run empty = Run.in(home).terminal(80, "");
        assertThat(empty.run("rm", "globex-2")).exitsWith(1);
        assertThat(file).exists();
        assertThat(Run.in(home).terminal(80, "y").run("rm", "globex-2")).succeeded();
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownIdSaysWhatWouldHaveWorked() {
        assertThat(Run.in(home).run("rm", "globex-3", "--yes")).exitsWith(1)
                .errContains("no application 'globex-3'; did you mean 'globex-2'?");
        assertThat(Run.in(home).run("rm", "../x", "--yes")).exitsWith(2);
        assertThat(file).exists();
    }

    @Test
    void withGitTheDeletionIsACommitThatRevertUndoes() throws Exception {
        Path user = Files.createDirectories(tmp.resolve("user"));
        Files.writeString(user.resolve(".gitconfig"), "[user]\n\tname = Job Seeker\n\temail = seeker@example.com\n");
        Run run = Run.in(home).env("HOME", user.toString()).env("GIT_CONFIG_NOSYSTEM", "1")
                .env("PATH", System.getenv("PATH"));
        assertThat(run.run("git", "init")).succeeded();
        String before = Files.readString(file);
        assertThat(run.run("rm", "globex-2", "--yes")).succeeded().outContains("followup git revert --no-edit HEAD");
        assertThat(file).doesNotExist();
        assertThat(git(run, "log", "-1", "--format=%s")).isEqualTo("rm globex-2\n");
        assertThat(run.run("git", "revert", "--no-edit", "HEAD")).succeeded();
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    private String git(Run run, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", home.toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().put("HOME", tmp.resolve("user").toString());
        b.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
