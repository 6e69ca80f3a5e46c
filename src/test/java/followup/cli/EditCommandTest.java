package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit} behaves like {@code crontab -e}: only a valid copy, only onto an unchanged file. */
class EditCommandTest {

    @TempDir
    Path home;

    private Path file;
    private String original;

    @BeforeEach
    void add() throws Exception {
        Run.in(home).run("add", "Acme", "--role", "Engineer", "--no-input");
        file = home.resolve("applications/acme.yaml");
        original = Files.readString(file);
    }

    private static List<Path> leftovers(Path home) throws Exception {
        try (var s = Files.list(home.resolve("applications"))) {
            return s.filter(p -> p.getFileName().toString().contains(".edit-")).toList();
        }
    }

    @Test
    void aValidEditIsSavedAndTheCopyRemoved() throws Exception {
        List<List<String>> commands = new ArrayList<>();
        Run run = Run.in(home).env("EDITOR", "my-editor --wait").editor((command, copy) -> {
            commands.add(command);
            Files.writeString(copy, Files.readString(copy).replace("role: Engineer", "role: Staff Engineer # promoted"));
            return 0;
        });
        assertThat(run.run("edit", "acme")).succeeded().outContains("acme: saved");
        assertThat(Files.readString(file)).contains("role: Staff Engineer # promoted");
        assertThat(commands.get(0)).containsExactly("sh", "-c", "my-editor --wait \"$@\"", "my-editor --wait");
        assertThat(leftovers(home)).isEmpty();
    }

    @Test
    void anInvalidEditIsNeverSavedAndTheCopyIsNamed() throws Exception {
        Run run = Run.in(home).editor((command, copy) -> {
            Files.writeString(copy, "company: Acme\napplied: last week\n");
            return 0;
        });
        assertThat(run.run("edit", "acme")).exitsWith(1).errContains(":2:10: 'applied' must be a date", "is unchanged",
                "your edit is kept in");
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(leftovers(home)).hasSize(1);
    }

    @Test
    void onATerminalAnInvalidEditCanBeReopenedThenFixed() throws Exception {
        int[] calls = {0};
        Run run = Run.in(home).terminal(80, "y").editor((command, copy) -> {
            calls[0]++;
            Files.writeString(copy, calls[0] == 1 ? "company: [\n" : "company: Acme\nstatus: offer\n");
            return 0;
        });
        assertThat(run.run("edit", "acme")).succeeded();
        assertThat(calls[0]).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("company: Acme\nstatus: offer\n");
    }

    @Test
    void onATerminalAnInvalidEditCanBeDiscarded() throws Exception {
        Run run = Run.in(home).terminal(80, "n").editor((command, copy) -> {
            Files.writeString(copy, "company: [\n");
            return 0;
        });
        assertThat(run.run("edit", "acme")).exitsWith(1).errContains("discarded");
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(leftovers(home)).isEmpty();
    }

    @Test
    void aFileChangedDuringTheEditIsNotOverwritten() throws Exception {
        Run run = Run.in(home).editor((command, copy) -> {
            Run.in(home).run("log", "acme", "thanks"); // cron, or another terminal, meanwhile
            Files.writeString(copy, Files.readString(copy).replace("Engineer", "Lead"));
            return 0;
        });
        assertThat(run.run("edit", "acme")).exitsWith(1).errContains("changed while you were editing", ".edit-");
        assertThat(Files.readString(file)).contains("event: thanks", "role: Engineer");
        assertThat(leftovers(home)).hasSize(1);
    }

    @Test
    void noChangeAndAFailedEditorLeaveTheFileAlone() throws Exception {
        assertThat(Run.in(home).editor((c, copy) -> 0).run("edit", "acme")).succeeded().errContains("no changes");
        assertThat(Run.in(home).editor((c, copy) -> 1).run("edit", "acme")).exitsWith(1).errContains("status 1");
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(leftovers(home)).isEmpty();
        assertThat(Run.in(home).run("edit", "nope")).exitsWith(1).errContains("no application 'nope'");
    }
}
