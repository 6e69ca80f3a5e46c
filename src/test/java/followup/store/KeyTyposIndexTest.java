package followup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warnings about likely typos of our keys are found when a file is parsed and kept in the
 * index with its application: a folder that has not changed gives them back without a parse.
 */
class KeyTyposIndexTest {

    @TempDir
    Path temp;

    private Store store() {
        // a clock a minute ahead: the files just written count as settled, so the index keeps them
        return new Store(temp.resolve("home"), Store.Listener.NONE, temp.resolve("cache"), "build-1",
                () -> Store.WALL_CLOCK.getAsLong() + 60_000_000_000L);
    }

    private void write(String id, String text) throws IOException {
        Files.createDirectories(temp.resolve("home/applications"));
        Files.writeString(temp.resolve("home/applications/" + id + ".yaml"), text);
    }

    @Test
    void theWarningsComeBackFromTheIndexWithoutAParse() throws IOException {
        write("acme", "company: Acme\nstauts: withdrawn\ncontacts:\n  - name: Jane\n    emial: jane@acme.example\n");
        write("globex", "company: Globex\n");
        Store.Loaded first = store().loadAll();
        assertThat(first.warnings()).extracting(Problem::line, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1), org.assertj.core.groups.Tuple.tuple(5, 5));
        Store second = store();
        Store.Loaded again = second.loadAll();
        assertThat(second.parsed()).isZero();
        assertThat(again).isEqualTo(first).isEqualTo(new Store(temp.resolve("home")).loadAll());
        assertThat(again.warnings("acme")).hasSize(2);
        assertThat(again.warnings("globex")).isEmpty();
    }

    @Test
    void aFileChangedSinceGetsItsWarningsAgain() throws IOException {
        write("acme", "company: Acme\nstauts: withdrawn\n");
        store().loadAll();
        write("acme", "company: Acme\nstatus: withdrawn\nrloe: Engineer\n");
        Store second = store();
        assertThat(second.loadAll().warnings()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'rloe'; did you mean 'role'"));
        assertThat(second.parsed()).isEqualTo(1);
    }
}
