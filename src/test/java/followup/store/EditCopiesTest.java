package followup.store;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.EventType;
import followup.model.LogEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8: a working copy of {@code edit} may hold unsaved work, so it is never removed by
 * followup; one no running edit holds is named (with how to keep or discard it), one a running
 * edit holds is not. Processes that really die are in {@code reliability.InterruptedEditTest}.
 */
class EditCopiesTest {

    @TempDir
    Path home;

    private Path file;
    private Path folder;

    @BeforeEach
    void acme() throws Exception {
        folder = home.resolve("applications");
        Files.createDirectories(folder);
        file = folder.resolve("acme.yaml");
        Files.writeString(file, "company: Acme\n");
    }

    /** What a notice-taking listener hears. */
    private static final class Heard implements Store.Listener {
        final List<String> notices = new ArrayList<>();

        @Override
        public void written(String f, String summary) {
        }

        @Override
        public void abandoned(String notice) {
            notices.add(notice);
        }
    }

    @Test
    void aCopyLeftByAnEditOfTodaysMainIsNamedWithHowToKeepOrDiscardIt() throws Exception {
        // the name main's edit gave its copy (Files.createTempFile), as a killed edit left it
        Path left = folder.resolve(".acme.edit-8203911212353417213.yaml");
        Files.writeString(left, "company: Acme Corp\n");
        List<EditCopies.Abandoned> found = new Store(home).abandonedEdits();
        assertThat(found).extracting(EditCopies.Abandoned::copy).containsExactly(left);
        String notice = found.get(0).notice();
        assertThat(notice).startsWith(left + ": an edit of acme was interrupted")
                .contains("mv " + left + " " + file, "diff " + file + " " + left, "rm " + left, "followup check")
                .doesNotContain("Acme Corp"); // never the contents
        assertThat(left).exists();
    }

    @Test
    void aCopyHeldByARunningEditIsNotNamedAndIsOnceItsEditIsGone() throws Exception {
        Store store = new Store(home);
        EditCopies.Copy copy = store.editCopy("acme", Files.readAllBytes(file));
        assertThat(copy.path().getFileName().toString()).matches("\\.acme\\.edit-\\d+\\.yaml");
        assertThat(Files.readString(copy.path())).isEqualTo("company: Acme\n");
        assertThat(Files.getPosixFilePermissions(copy.path())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(store.abandonedEdits()).isEmpty();
        assertThat(new Store(home).abandonedEdits()).isEmpty();
        copy.close(); // the edit ended without deleting its copy: what a killed one leaves
        assertThat(copy.path()).exists();
        assertThat(new Store(home).abandonedEdits()).extracting(EditCopies.Abandoned::copy)
                .containsExactly(copy.path());
        assertThat(new Store(home).abandonedEdits().get(0).notice()).contains("holds no change to acme.yaml", "rm ");
    }

    @Test
    void twoRunningEditsAndOneDeadAreToldApart() throws Exception {
        Store store = new Store(home);
        try (EditCopies.Copy one = store.editCopy("acme", "company: One\n".getBytes());
                EditCopies.Copy two = store.editCopy("acme", "company: Two\n".getBytes())) {
            EditCopies.Copy dead = store.editCopy("acme", "company: Dead\n".getBytes());
            dead.close();
            assertThat(new Store(home).abandonedEdits()).extracting(EditCopies.Abandoned::copy)
                    .containsExactly(dead.path());
            assertThat(one.path()).isNotEqualTo(two.path());
        }
        assertThat(new Store(home).abandonedEdits()).hasSize(3);
    }

    @Test
    void theNextCommandThatTakesTheLockNamesItOnceAndNothingDeletesIt() throws Exception {
        Path left = folder.resolve(".acme.edit-42.yaml");
        Files.writeString(left, "company: Acme, edited\n");
        Files.setLastModifiedTime(left, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(Duration.ofDays(30))));
        Heard heard = new Heard();
        Store store = new Store(home, heard);
        store.update("acme", a -> new Store.Update(LogEntry.of(LocalDate.of(2026, 11, 20), EventType.THANKS),
                null, null, null));
        try (StoreLock lock = store.lock()) {
            // a second lock in the same command (the git commit after it) says nothing more
        }
        assertThat(heard.notices).hasSize(1);
        assertThat(heard.notices.get(0)).startsWith(left + ": an edit of acme was interrupted");
        assertThat(left).exists(); // a month old, and still there: stale temp files go, copies never
        Heard adding = new Heard();
        new Store(home, adding).create(null, new followup.model.Application(null, "Globex", null,
                followup.model.Status.APPLIED, null, null, List.of(), List.of(), null, null, null, List.of()));
        assertThat(adding.notices).hasSize(1);
        Heard reading = new Heard();
        new Store(home, reading).loadAll();
        assertThat(reading.notices).as("reads do not look").isEmpty();
    }

    @Test
    void aCopyKeptForThePersonIsNamedAsKeptNotAsInterrupted() throws Exception {
        Store store = new Store(home);
        Path kept;
        try (EditCopies.Copy copy = store.editCopy("acme", "company: Mine\n".getBytes())) {
            kept = EditCopies.keep(copy.path());
        }
        assertThat(kept.getFileName().toString()).matches("\\.acme\\.edit-\\d+\\.kept\\.yaml");
        List<EditCopies.Abandoned> found = new Store(home).abandonedEdits();
        assertThat(found).extracting(EditCopies.Abandoned::copy).containsExactly(kept);
        assertThat(found.get(0).notice()).contains("your edit of acme was not saved and is kept here", "mv ", "rm ")
                .doesNotContain("interrupted");
    }

    @Test
    void aCopyWhoseApplicationIsGoneSaysHowToBringItBack() throws Exception {
        Path left = folder.resolve(".globex.edit-7.yaml");
        Files.writeString(left, "company: Globex\n");
        String notice = new Store(home).abandonedEdits().get(0).notice();
        assertThat(notice).contains("mv " + left + " " + folder.resolve("globex.yaml"), "rm " + left)
                .doesNotContain("diff", "holds no change");
    }

    @Test
    void otherDotFilesAndFoldersAreNotCopies() throws Exception {
        Files.writeString(folder.resolve(".acme.yaml.123.tmp"), "x");
        Files.writeString(folder.resolve(".acme.edit-x.yaml"), "x");
        Files.writeString(folder.resolve(".ACME!.edit-1.yaml"), "x");
        Files.createDirectory(folder.resolve(".acme.edit-7.yaml"));
        assertThat(new Store(home).abandonedEdits()).isEmpty();
    }

    @Test
    void pathsInTheCommandsAreQuotedForTheShellWhenNeeded() {
        assertThat(EditCopies.shell(Path.of("/home/me/data/applications/.acme.edit-1.yaml")))
                .isEqualTo("/home/me/data/applications/.acme.edit-1.yaml");
        assertThat(EditCopies.shell(Path.of("/home/me/My Data/it's/.acme.edit-1.yaml")))
                .isEqualTo("'/home/me/My Data/it'\\''s/.acme.edit-1.yaml'");
    }
}
