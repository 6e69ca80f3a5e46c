package followup.store;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index of parsed applications never serves stale data: every way a file can change between
 * two runs is seen, and a bad index is only a slower run. {@code parsed} tells whether the index
 * was used at all, so that these tests cannot pass by never using it.
 */
class ApplicationIndexTest {

    /** A clock an hour ahead: every file written by the test counts as settled, so the index is used. */
    private static final LongSupplier LATER = () -> TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis())
            + TimeUnit.HOURS.toNanos(1);
    private static final LongSupplier NOW = () -> TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());

    @TempDir
    Path temp;

    private Path home;
    private Path cache;

    @BeforeEach
    void setUp() throws IOException {
        home = temp.resolve("home");
        cache = temp.resolve("xdg-cache/followup"); // as $XDG_CACHE_HOME/followup
        Files.createDirectories(home.resolve("applications"));
    }

    private Store store(String build, LongSupplier clock) {
        return new Store(home, Store.Listener.NONE, cache, build, clock);
    }

    private Store store() {
        return store("build-1", LATER);
    }

    private Path write(String id, String text) throws IOException {
        return Files.writeString(home.resolve("applications/" + id + ".yaml"), text, StandardCharsets.UTF_8);
    }

    private static final String ACME = """
            company: Acme Corp
            role: Backend Engineer
            status: interviewing
            source: referral
            url: https://acme.example/jobs/42
            applied: 2026-11-02
            contacts:
              - name: Jane Doe
                title: Hiring Manager
                email: jane@acme.example
                phone: "+1 555 0100"
                linkedin: https://www.linkedin.com/in/example
              - Raj Patel
            interviews:
              - date: 2026-11-23
                time: "10:00"
                with: [Jane Doe, Raj Patel]
                kind: onsite
              - date: 2026-11-16
                with: Jane Doe
            decision-by: 2026-12-04
            anchor: the book "Accelerate"
            notes: |
              Société Générale — ünïcödé, 😀
              second line
            log:
              - date: 2026-11-16
                event: thanks
                with: Jane Doe
              - date: 2026-11-18
                event: timeline
                decision-by: 2026-11-30
                note: within two weeks
            """;

    private void threeFiles() throws IOException {
        write("acme", ACME);
        write("globex", "company: Globex\nlog:\n  - date: 2026-11-10\n    event: follow-up\n");
        write("hooli", "company: Hooli\nstatus: rejected\n");
    }

    /** What the files say, read without any index. */
    private Store.Loaded truth() throws IOException {
        return new Store(home).loadAll();
    }

    @Test
    void aSecondRunParsesNothingAndGetsTheSameApplications() throws IOException {
        threeFiles();
        Store.Loaded first = store().loadAll();
        Store second = store();
        Store.Loaded again = second.loadAll();
        assertThat(second.parsed()).isZero();
        assertThat(again).isEqualTo(first).isEqualTo(truth());
        assertThat(again.applications()).extracting(Application::id).containsExactly("acme", "globex", "hooli");
    }

    @Test
    void everyFieldSurvivesTheIndex() throws IOException {
        write("acme", ACME);
        store().loadAll();
        Store second = store();
        Application fromIndex = second.loadAll().applications().get(0);
        assertThat(second.parsed()).isZero();
        assertThat(fromIndex).isEqualTo(new Store(home).load("acme"));
        assertThat(fromIndex.notes()).contains("😀");
        assertThat(fromIndex.url()).isEqualTo("https://acme.example/jobs/42");
        assertThat(fromIndex.interviews().get(1).time()).hasToString("10:00"); // sorted by date
    }

    @Test
    void aHandEditBetweenTwoRunsIsSeen() throws IOException {
        threeFiles();
        store().loadAll();
        write("globex", "company: Globex Corporation\n");
        Store second = store();
        Store.Loaded loaded = second.loadAll();
        assertThat(loaded).isEqualTo(truth());
        assertThat(loaded.applications().get(1).company()).isEqualTo("Globex Corporation");
        assertThat(second.parsed()).isEqualTo(1);
    }

    @Test
    void aSameSizeEditWithAChangedModificationTimeIsSeen() throws IOException {
        Path f = write("globex", "company: Globex\n");
        FileTime before = Files.getLastModifiedTime(f);
        store().loadAll();
        write("globex", "company: Globox\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(before.toMillis() + 60_000));
        assertThat(store().loadAll().applications().get(0).company()).isEqualTo("Globox");
    }

    @Test
    void aSameSizeEditThatPutsTheOldModificationTimeBackIsSeen() throws IOException, InterruptedException {
        Path f = write("globex", "company: Globex\n");
        FileTime before = Files.getLastModifiedTime(f);
        store().loadAll();
        // a person's next run comes later than the file's clock tick; wait for that to be true here
        pastChangeTime(f);
        write("globex", "company: Globox\n");
        Files.setLastModifiedTime(f, before); // as `touch -r` or a careless restore would
        assertThat(Files.size(f)).isEqualTo("company: Globex\n".length());
        assertThat(store().loadAll().applications().get(0).company()).isEqualTo("Globox");
    }

    @Test
    void aFileChangedWithinTheLastSecondsIsParsedAgainNextTime() throws IOException {
        // the real clock: the file was just written, so a second edit could share its time stamp
        Path f = write("globex", "company: Globex\n");
        FileTime before = Files.getLastModifiedTime(f);
        store("build-1", NOW).loadAll();
        write("globex", "company: Globox\n");
        Files.setLastModifiedTime(f, before);
        Store second = store("build-1", NOW);
        assertThat(second.loadAll().applications().get(0).company()).isEqualTo("Globox");
        assertThat(second.parsed()).isEqualTo(1);
    }

    @Test
    void aFileReplacedByARenameIsSeen() throws IOException {
        Path f = write("globex", "company: Globex\n");
        FileTime before = Files.getLastModifiedTime(f);
        store().loadAll();
        // what editors and `followup log` do: a new file, same size and time, renamed over the old
        Path other = Files.writeString(home.resolve("applications/.globex.tmp"), "company: Globox\n");
        Files.setLastModifiedTime(other, before);
        Files.move(other, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertThat(store().loadAll().applications().get(0).company()).isEqualTo("Globox");
    }

    @Test
    void aDeletedFileIsGoneAndAnAddedOneIsThere() throws IOException {
        threeFiles();
        store().loadAll();
        Files.delete(home.resolve("applications/hooli.yaml"));
        write("initech", "company: Initech\n");
        Store second = store();
        Store.Loaded loaded = second.loadAll();
        assertThat(loaded.applications()).extracting(Application::id).containsExactly("acme", "globex", "initech");
        assertThat(loaded).isEqualTo(truth());
        assertThat(second.parsed()).isEqualTo(1);
        Store third = store();
        assertThat(third.loadAll()).isEqualTo(truth());
        assertThat(third.parsed()).isZero();
    }

    @Test
    void anInvalidFileIsReportedEveryTimeAndNeverRemembered() throws IOException {
        threeFiles();
        write("bad", "company: [unclosed\n");
        store().loadAll();
        Store second = store();
        Store.Loaded loaded = second.loadAll();
        assertThat(loaded.problems()).hasSize(1);
        assertThat(loaded).isEqualTo(truth());
        assertThat(second.parsed()).isEqualTo(1);
        write("bad", "company: Fixed\n");
        assertThat(store().loadAll().problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "header", "half", "last-byte", "flipped", "garbage", "folder"})
    void aTruncatedOrCorruptIndexIsRebuilt(String damage) throws IOException {
        threeFiles();
        store().loadAll();
        Path index = onlyIndex();
        byte[] bytes = Files.readAllBytes(index);
        switch (damage) {
            case "empty" -> Files.write(index, new byte[0]);
            case "header" -> Files.write(index, Arrays.copyOf(bytes, 6));
            case "half" -> Files.write(index, Arrays.copyOf(bytes, bytes.length / 2));
            case "last-byte" -> Files.write(index, Arrays.copyOf(bytes, bytes.length - 1));
            case "flipped" -> {
                bytes[bytes.length / 2] ^= 0x20; // inside an application: only the checksum can tell
                Files.write(index, bytes);
            }
            case "garbage" -> Files.write(index, "company: not an index\n".repeat(50).getBytes(StandardCharsets.UTF_8));
            case "folder" -> {
                Files.delete(index);
                Files.createDirectory(index);
            }
            default -> throw new AssertionError(damage);
        }
        Store second = store();
        assertThat(second.loadAll()).isEqualTo(truth());
        assertThat(second.parsed()).isEqualTo(3);
        if (!damage.equals("folder")) {
            Store third = store();
            assertThat(third.loadAll()).isEqualTo(truth());
            assertThat(third.parsed()).as("rebuilt").isZero();
        }
    }

    @Test
    void anIndexFromAnotherBuildIsNotUsed() throws IOException {
        threeFiles();
        store("0.1.0-20261101T000000Z", LATER).loadAll();
        Store other = store("0.2.0-20261201T000000Z", LATER);
        assertThat(other.loadAll()).isEqualTo(truth());
        assertThat(other.parsed()).isEqualTo(3);
    }

    @Test
    void anIndexOfAnotherDataHomeIsNotUsed() throws IOException {
        threeFiles();
        store().loadAll();
        // another home whose index file name happened to be this one's (a hash collision)
        Path otherHome = temp.resolve("other");
        Files.createDirectories(otherHome.resolve("applications"));
        Files.writeString(otherHome.resolve("applications/acme.yaml"), "company: Other Acme\n");
        ApplicationIndex otherIndex = new ApplicationIndex(cache, otherHome.resolve("applications"), "build-1", LATER);
        Files.copy(onlyIndex(), otherIndex.file());
        Store other = new Store(otherHome, Store.Listener.NONE, cache, "build-1", LATER);
        assertThat(other.loadAll().applications()).extracting(Application::company).containsExactly("Other Acme");
        assertThat(other.parsed()).isEqualTo(1);
    }

    @Test
    void theIndexIsPrivateToItsUser() throws IOException {
        Files.createDirectories(cache, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        threeFiles();
        store().loadAll();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(onlyIndex()))).isEqualTo("rw-------");
        try (var names = Files.list(cache)) {
            assertThat(names).hasSize(1); // no temp file left behind
        }
    }

    @Test
    void anIndexInAFolderOthersCanEnterIsNotRead() throws IOException {
        threeFiles();
        store().loadAll();
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        Store second = store();
        assertThat(second.loadAll()).isEqualTo(truth());
        assertThat(second.parsed()).isEqualTo(3);
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyMeansParsing() throws IOException {
        threeFiles();
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "a file where the cache folder should be");
        Store s = store();
        assertThat(s.loadAll()).isEqualTo(truth());
        assertThat(store().loadAll()).isEqualTo(truth());
    }

    @Test
    void noIndexWithoutACacheFolder() throws IOException {
        threeFiles();
        Store plain = new Store(home, Store.Listener.NONE, null, null);
        plain.loadAll();
        assertThat(plain.loadAll()).isEqualTo(truth());
        assertThat(plain.parsed()).isEqualTo(3);
        assertThat(cache).doesNotExist();
    }

    private Path onlyIndex() throws IOException {
        try (var files = Files.list(cache)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** Waits until the clock is past the file's change time by more than a file system's tick. */
    private static void pastChangeTime(Path f) throws IOException, InterruptedException {
        long changed = ((FileTime) Files.getAttribute(f, "unix:ctime")).toMillis();
        while (System.currentTimeMillis() < changed + 50) {
            Thread.sleep(10);
        }
    }
}
