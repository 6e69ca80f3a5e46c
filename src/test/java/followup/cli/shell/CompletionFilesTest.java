package followup.cli.shell;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import followup.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** completions/ holds exactly what the live command tree generates, and `followup completion` prints it. */
class CompletionFilesTest {

    @TempDir
    Path home;

    @TestFactory
    Stream<DynamicTest> theCommittedScriptsAreCurrent() {
        return Stream.of(Shell.values()).map(shell -> DynamicTest.dynamicTest(shell.fileName(), () -> {
            Path file = Path.of("completions", shell.fileName());
            assertThat(file).as("completions/%s is missing: run %s and commit it", shell.fileName(), Sh.REGENERATE).exists();
            assertThat(Files.readString(file))
                    .as("completions/%s is stale (a command or option changed): run %s and commit it",
                            shell.fileName(), Sh.REGENERATE)
                    .isEqualTo(shell.script(Generate.tree()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> theCompletionCommandPrintsTheSameScripts() {
        return Stream.of(Shell.values()).map(shell -> DynamicTest.dynamicTest(shell.id(), () ->
                assertThat(Run.in(home).run("completion", shell.id())).succeeded().errIsEmpty()
                        .outIs(Files.readString(Path.of("completions", shell.fileName())))));
    }

    @Test
    void anUnknownShellIsAUsageError() {
        assertThat(Run.in(home).run("completion", "tcsh")).exitsWith(2).errContains("unknown shell 'tcsh'", "bash, zsh, fish");
        assertThat(Run.in(home).run("completion")).exitsWith(2).errContains("SHELL");
    }
}
