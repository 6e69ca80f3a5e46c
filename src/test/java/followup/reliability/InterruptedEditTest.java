package followup.reliability;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import followup.cli.Run;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8 with real processes: {@code followup edit} in another JVM, its editor open, is not
 * reported as abandoned; killed (SIGTERM or SIGKILL), its copy stays, with the person's work in
 * it, and {@code check} names it. The OS drops a dead process's lock, which is how a live edit is
 * told from a dead one.
 */
class InterruptedEditTest {

    @TempDir
    Path root;

    private Path home;
    private Path marker;
    private Path editor;

    @BeforeEach
    void setUp() throws Exception {
        home = root.resolve("data");
        marker = root.resolve("editing");
        assertThat(Run.in(home).run("add", "Acme", "--role", "Engineer", "--no-input")).succeeded();
        // an editor that saves some work, says it is open, and stays open
        editor = root.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nprintf '# my unsaved work\\n' >> \"$1\"\n: > \"$MARKER\"\nexec sleep 120\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
    }

    /** {@code followup edit acme} in a child JVM, started as main starts it, its editor open. */
    private Process editing() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Children.java(null, "followup.Main", "edit", "acme"))
                .redirectInput(new File("/dev/null"))
                .redirectOutput(root.resolve("out").toFile())
                .redirectError(root.resolve("err").toFile());
        builder.environment().put("FOLLOWUP_HOME", home.toString());
        builder.environment().put("HOME", root.toString());
        builder.environment().put("EDITOR", editor.toString());
        builder.environment().put("MARKER", marker.toString());
        Files.deleteIfExists(marker);
        Process p = builder.start();
        for (int i = 0; i < 1200 && !Files.exists(marker); i++) {
            assertThat(p.isAlive()).as("the edit ended early: %s", err()).isTrue();
            Thread.sleep(50);
        }
        assertThat(marker).as("the editor did not open").exists();
        return p;
    }

    private String err() throws Exception {
        Path err = root.resolve("err");
        return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
    }

    private List<Path> copies() throws Exception {
        try (var s = Files.list(home.resolve("applications"))) {
            return s.filter(p -> p.getFileName().toString().contains(".edit-")).toList();
        }
    }

    /** Ends the child the given way, and its editor (which outlives it, as in a terminal). */
    private static int end(Process p, boolean kill) throws Exception {
        List<ProcessHandle> editors = p.descendants().toList();
        if (kill) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        editors.forEach(ProcessHandle::destroyForcibly);
        assertThat(ended).isTrue();
        return p.exitValue();
    }

    @Test
    void anEditRunningInAnotherProcessIsNotAbandonedAndOneKilledWithTermIsNamed() throws Exception {
        Process p = editing();
        try {
            assertThat(copies()).hasSize(1);
            assertThat(Run.in(home).run("check")).succeeded().errIsEmpty();
            assertThat(Run.in(home).run("log", "acme", "thanks")).succeeded().errIsEmpty();
        } finally {
            assertThat(end(p, false)).isEqualTo(143); // SIGTERM
        }
        Path copy = copies().get(0);
        assertThat(err()).contains("followup: edit of acme interrupted", "your copy is kept in " + copy);
        assertThat(Files.readString(copy)).contains("# my unsaved work");
        assertThat(Run.in(home).run("check")).succeeded()
                .errContains(copy + ": an edit of acme was interrupted before it was saved", "mv " + copy);
        assertThat(Files.readString(home.resolve("applications/acme.yaml"))).doesNotContain("my unsaved work");
    }

    @Test
    void anEditKilledOutrightIsNamedByTheNextCommandThatTakesTheLock() throws Exception {
        Process p = editing();
        assertThat(end(p, true)).isEqualTo(137); // SIGKILL: no hook runs
        Path copy = copies().get(0);
        assertThat(Files.readString(copy)).contains("# my unsaved work");
        assertThat(Run.in(home).run("log", "acme", "thanks")).succeeded()
                .errContains(copy + ": an edit of acme was interrupted before it was saved");
        assertThat(copy).exists();
    }
}
