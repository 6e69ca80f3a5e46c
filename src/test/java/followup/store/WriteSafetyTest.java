package followup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followup.UserException;
import followup.model.Application;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.LogEntry;
import followup.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §3: followup never writes a file it would refuse to read. Every write path reads its new
 * text back as the next run will, before the rename, and refuses it with the file left as it was.
 */
class WriteSafetyTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 20);

    @TempDir
    Path home;

    private Path write(String id, String text) throws Exception {
        Path dir = home.resolve("applications");
        Files.createDirectories(dir);
        Path f = dir.resolve(id + ".yaml");
        Files.writeString(f, text);
        return f;
    }

    /** Every name in the folder: nothing beside the file may be left (a temp file, a half write). */
    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(home.resolve("applications"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock")).sorted().toList();
        }
    }

    /** A file just under the 1 MiB a read accepts: a notes block of {@code lines} lines. */
    private static String nearlyFull() {
        StringBuilder sb = new StringBuilder("company: Big\nnotes: |\n");
        String line = "  " + "x".repeat(98) + "\n";
        while (sb.length() + line.length() < Store.MAX_SIZE - 100) {
            sb.append(line);
        }
        return sb.toString();
    }

    @Test
    void aDecisionDatePastYear9999IsRefusedBeforeTheRenameAndTheFileIsUntouched() throws Exception {
        Path f = write("acme", "company: Acme # the one\nstatus: interviewing\n");
        byte[] before = Files.readAllBytes(f);
        // what `log acme timeline --on 9999-12-31 --decision-by "7-10 days"` asked of the store on main
        LocalDate past = LocalDate.of(10000, 1, 10);
        assertThatThrownBy(() -> new Store(home).update("acme",
                a -> new Store.Update(new LogEntry(LocalDate.of(9999, 12, 31), EventType.TIMELINE, null, past, null),
                        null, null, past)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.exitCode()).isEqualTo(UserException.DATA))
                .hasMessageContaining("acme.yaml:")
                .hasMessageContaining("'decision-by' must be a date")
                .hasMessageContaining("nothing written");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(names()).containsExactly("acme.yaml");
        assertThat(new Store(home).load("acme").company()).isEqualTo("Acme");
    }

    @Test
    void aNoteThatWouldPushTheFilePastOneMebibyteIsRefusedNotWritten() throws Exception {
        Path f = write("big", nearlyFull());
        byte[] before = Files.readAllBytes(f);
        assertThat(new Store(home).load("big").company()).isEqualTo("Big"); // readable now
        assertThatThrownBy(() -> new Store(home).update("big",
                a -> new Store.Update(new LogEntry(D, EventType.REPLY, "y".repeat(300), null, null), null, null, null)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.exitCode()).isEqualTo(UserException.DATA))
                .hasMessageContaining("big.yaml: the change would make the file larger than 1 MiB")
                .hasMessageContaining("nothing written");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(names()).containsExactly("big.yaml");
        // and the file still reads, so every later command still sees it
        assertThat(new Store(home).loadAll().problems()).isEmpty();
    }

    @Test
    void aSmallNoteOnTheSameFileIsStillWritten() throws Exception {
        write("big", nearlyFull());
        Application written = new Store(home).update("big",
                a -> new Store.Update(new LogEntry(D, EventType.REPLY, "short", null, null), null, null, null));
        assertThat(written.log()).extracting(LogEntry::note).containsExactly("short");
        assertThat(new Store(home).load("big")).isEqualTo(written);
    }

    @Test
    void anAddLargerThanAReadAcceptsIsRefusedAndNoFileIsMade() throws Exception {
        List<Contact> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(new Contact("Person " + i + " " + "z".repeat(10_000), null, null, null, null));
        }
        Application huge = new Application(null, "Huge", null, Status.APPLIED, null, null, many, List.of(), null,
                null, null, List.of());
        Files.createDirectories(home.resolve("applications"));
        assertThatThrownBy(() -> new Store(home).create(null, huge))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.exitCode()).isEqualTo(UserException.DATA))
                .hasMessageContaining("huge.yaml: the new application would make the file larger than 1 MiB");
        assertThat(names()).isEmpty();
    }

    @Test
    void anEditLargerThanAReadAcceptsIsNeverSaved() throws Exception {
        Path f = write("acme", "company: Acme\n");
        byte[] before = Files.readAllBytes(f);
        byte[] edited = nearlyFull().concat("  " + "w".repeat(200) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat((long) edited.length).isGreaterThan(Store.MAX_SIZE);
        assertThatThrownBy(() -> new Store(home).replace("acme", before, edited))
                .isInstanceOf(UserException.class).hasMessageContaining("larger than 1 MiB");
        assertThatThrownBy(() -> Store.parse("acme", edited, "acme.yaml"))
                .isInstanceOf(InvalidFileException.class).hasMessageContaining("larger than 1 MiB");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(names()).containsExactly("acme.yaml");
    }
}
