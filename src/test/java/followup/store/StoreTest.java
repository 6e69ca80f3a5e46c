package followup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followup.UserException;
import followup.model.Application;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 20);

    @TempDir
    Path home;

    private Store store() {
        return new Store(home);
    }

    private Path write(String id, String text) throws Exception {
        Path dir = home.resolve("applications");
        Files.createDirectories(dir);
        Path f = dir.resolve(id + ".yaml");
        Files.writeString(f, text);
        return f;
    }

    private static Application app(String company) {
        return new Application(null, company, "Backend Engineer", Status.INTERVIEWING, "referral", D.minusDays(10),
                List.of(new Contact("Jane Doe", "Hiring Manager", "jane@acme.example", "+1 555 0100", null)),
                List.of(new Interview(D, LocalTime.of(14, 0), List.of("Jane Doe"), "onsite")),
                D.plusDays(7), "the book \"Accelerate\"", "line one\nline two", List.of());
    }

    @Test
    void createdFileReadsBackAsTheSameApplication() throws Exception {
        String id = store().create(null, app("Acme Corp."));
        assertThat(id).isEqualTo("acme-corp");
        Application read = store().load(id);
        assertThat(read).isEqualTo(new Application("acme-corp", "Acme Corp.", "Backend Engineer", Status.INTERVIEWING,
                "referral", D.minusDays(10), app("x").contacts(), app("x").interviews(), D.plusDays(7),
                "the book \"Accelerate\"", "line one\nline two", List.of()));
    }

    @Test
    void collisionsGetNumberedIdsAndExplicitIdsAreNeverOverwritten() throws Exception {
        assertThat(store().create(null, app("Acme"))).isEqualTo("acme");
        assertThat(store().create(null, app("ACME!"))).isEqualTo("acme-2");
        assertThat(store().create(null, app("acme"))).isEqualTo("acme-3");
        assertThatThrownBy(() -> store().create("acme", app("Other")))
                .isInstanceOf(UserException.class).hasMessageContaining("already exists");
        assertThat(store().load("acme").company()).isEqualTo("Acme");
    }

    @Test
    void foldersArePrivateAndFilesTooAfterEveryWrite() throws Exception {
        store().create(null, app("Acme"));
        store().update("acme", a -> new Store.Update(LogEntry.of(D, EventType.THANKS), null, null, null));
        assertThat(Files.getPosixFilePermissions(home)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(home.resolve("applications")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(home.resolve("applications/acme.yaml")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(home.resolve("applications"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.equals("acme.yaml") || n.startsWith("."));
        }
    }

    @Test
    void commentsKeyOrderQuotingAndUnknownKeysSurviveAnUpdate() throws Exception {
        String original = """
                # my Acme application
                company: Acme Corp   # the real name
                salary: 0123          # an unknown key whose text must stay as written
                answer: NO
                version: 1.10
                status: interviewing
                interviews:
                  - date: 2026-11-20
                    time: "14:00"
                log:
                  - date: 2026-11-19   # before
                    event: reply
                  # a comment between entries
                  - date: 2026-11-21
                    event: note
                    extra: [on, off]
                # trailing comment
                """;
        Path f = write("acme", original);
        store().update("acme", a -> new Store.Update(LogEntry.of(D, EventType.THANKS), null, Status.OFFER, D.plusDays(5)));
        String after = Files.readString(f);
        assertThat(after).contains("# my Acme application", "company: Acme Corp   # the real name",
                "salary: 0123          # an unknown key", "answer: NO", "version: 1.10", "# a comment between entries",
                "extra: [on, off]", "# trailing comment", "status: offer", "decision-by: 2026-11-25");
        // the new entry goes in date order: after the 19th, before the 21st
        assertThat(after.indexOf("event: reply")).isLessThan(after.indexOf("event: thanks"));
        assertThat(after.indexOf("event: thanks")).isLessThan(after.indexOf("event: note"));
        // nothing else moved: removing the inserted lines gives back the original modulo the status
        String withoutInsert = after.replace("  - date: 2026-11-20\n    event: thanks\n", "")
                .replace("status: offer", "status: interviewing").replace("decision-by: 2026-11-25\n", "");
        assertThat(withoutInsert).isEqualTo(original);
    }

    @Test
    void aLogEntryIsAddedToAnEmptyOrMissingLog() throws Exception {
        for (String text : List.of("company: A\nlog: []\n", "company: A\nlog:\n", "company: A\n", "company: A")) {
            Path f = write("a", text);
            Application after = store().update("a", a -> new Store.Update(
                    new LogEntry(D, EventType.FEEDBACK, "said: \"more tests\" # yes", null, null), null, null, null));
            assertThat(after.log()).singleElement().satisfies(e -> {
                assertThat(e.event()).isEqualTo(EventType.FEEDBACK);
                assertThat(e.note()).isEqualTo("said: \"more tests\" # yes");
            });
            assertThat(Files.readString(f)).startsWith("company: A\n");
        }
    }

    @Test
    void newKeysGoWhereAPersonWouldPutThemNotAfterTheLog() throws Exception {
        Path f = write("a", "company: A\nrole: R\nlog:\n  - date: 2026-11-19\n    event: reply\n");
        store().update("a", a -> new Store.Update(null, null, Status.INTERVIEWING, D.plusDays(7)));
        assertThat(Files.readString(f)).isEqualTo(
                "company: A\nrole: R\nstatus: interviewing\ndecision-by: 2026-11-27\nlog:\n  - date: 2026-11-19\n    event: reply\n");
    }

    @Test
    void aStatusAddedToAFileGoesWhereANewFileHasIt() throws Exception {
        // status went after url (which the list of keys it goes before had missed), where add never writes it
        Path f = write("a", "company: A\nurl: https://a.example/jobs/1\napplied: 2026-11-02\nlog: []\n");
        store().update("a", a -> new Store.Update(null, null, Status.OFFER, null));
        assertThat(Files.readString(f))
                .isEqualTo("company: A\nstatus: offer\nurl: https://a.example/jobs/1\napplied: 2026-11-02\nlog: []\n");
    }

    @Test
    void aNewFileWritesItsKeysInTheOneOrder() throws Exception {
        Application a = app("Acme");
        String text = Files.readString(store().file(store().create("acme", new Application(null, a.company(),
                a.role(), a.status(), a.source(), "https://acme.example/jobs/42", a.applied(), a.contacts(),
                a.interviews(), a.decisionBy(), a.anchor(), a.notes(), a.log()))));
        List<String> keys = text.lines().filter(l -> !l.startsWith(" ") && l.contains(":"))
                .map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertThat(keys).containsExactly("company", "role", "status", "source", "url", "applied", "contacts",
                "interviews", "decision-by", "anchor", "notes", "log");
        assertThat(keys).isEqualTo(ApplicationCodec.KEYS);
        assertThat(KeyTypos.TOP).containsExactlyInAnyOrderElementsOf(ApplicationCodec.KEYS);
    }

    @Test
    void crlfFilesStayCrlfAndBomIsKept() throws Exception {
        Path f = home.resolve("applications/a.yaml");
        Files.createDirectories(f.getParent());
        Files.write(f, "\uFEFFcompany: A\r\nlog:\r\n  - date: 2026-11-19\r\n    event: reply\r\n".getBytes(StandardCharsets.UTF_8));
        store().update("a", a -> new Store.Update(LogEntry.of(D, EventType.THANKS), null, null, null));
        String after = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        assertThat(after).startsWith("\uFEFFcompany: A\r\n").endsWith("    event: thanks\r\n").doesNotContain("\r\r");
        assertThat(after.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void anInterviewIsInsertedInDateOrderWithItsPeople() throws Exception {
        write("a", "company: A\ninterviews:\n  - date: 2026-11-10\n  - date: 2026-11-30\n");
        Application after = store().update("a", a -> new Store.Update(null,
                new Interview(D, LocalTime.of(9, 5), List.of("Jane Doe", "Lee, Sam"), null), Status.INTERVIEWING, null));
        assertThat(after.interviews()).extracting(Interview::date)
                .containsExactly(LocalDate.of(2026, 11, 10), D, LocalDate.of(2026, 11, 30));
        assertThat(after.interviews().get(1).with()).containsExactly("Jane Doe", "Lee, Sam");
        assertThat(after.interviews().get(1).time()).isEqualTo(LocalTime.of(9, 5));
        assertThat(after.status()).isEqualTo(Status.INTERVIEWING);
    }

    @Test
    void anInterviewOnADayThatHasOneWithNoOtherTimeCompletesItKeyByKey() throws Exception {
        // SPEC §5: the round is told again (an invitation after it was typed by hand): its time and
        // new names are added where it is, and the round's comments and unknown keys stay
        Path f = write("a", """
                company: A
                interviews:
                  # the onsite
                  - date: 2026-11-20
                    with:
                      - Jane Doe
                    room: 4B   # mine
                  - date: 2026-11-30
                log: []
                """);
        Application after = store().update("a", a -> new Store.Update(null,
                new Interview(D, LocalTime.of(14, 0), List.of("jane doe", "Dana Park"), null, "<inv@x>"), null, null));
        assertThat(after.interviews()).hasSize(2);
        assertThat(after.interviews().get(0)).isEqualTo(new Interview(D, LocalTime.of(14, 0), List.of("Jane Doe", "Dana Park"),
                null, "<inv@x>"));
        assertThat(Files.readString(f)).isEqualTo("""
                company: A
                interviews:
                  # the onsite
                  - date: 2026-11-20
                    with: [Jane Doe, Dana Park]
                    room: 4B   # mine
                    time: "14:00"
                    message-id: "<inv@x>"
                  - date: 2026-11-30
                log: []
                """);
        // told a third time with nothing new: nothing written
        var before = Files.getLastModifiedTime(f);
        store().update("a", a -> new Store.Update(null, new Interview(D, null, List.of("Dana Park"), null, "<other@x>"), null, null));
        assertThat(Files.getLastModifiedTime(f)).isEqualTo(before);
        // another time that day is another round
        after = store().update("a", a -> new Store.Update(null, new Interview(D, LocalTime.of(16, 0), List.of(), null), null, null));
        assertThat(after.interviews()).extracting(Interview::time).containsExactly(LocalTime.of(14, 0), LocalTime.of(16, 0), null);
    }

    @Test
    void aLogEntryKeepsItsMessageId() throws Exception {
        write("a", "company: A\n");
        Application after = store().update("a", a -> new Store.Update(new LogEntry(D, EventType.REPLY, "Re: hi", null, null,
                "<m.1@acme.example>"), null, null, null));
        assertThat(after.log()).singleElement().satisfies(e -> assertThat(e.messageId()).isEqualTo("<m.1@acme.example>"));
        assertThat(store().load("a").log().get(0).messageId()).isEqualTo("<m.1@acme.example>");
    }

    @Test
    void anUpdateThatChangesNothingDoesNotWrite() throws Exception {
        Path f = write("a", "company: A\nstatus: offer\n");
        var before = Files.getLastModifiedTime(f);
        Thread.sleep(20);
        store().update("a", a -> new Store.Update(null, null, Status.OFFER, null));
        assertThat(Files.getLastModifiedTime(f)).isEqualTo(before);
    }

    @Test
    void aSymlinkedFileStaysALinkAfterAnUpdate() throws Exception {
        Path real = home.resolve("elsewhere/acme.yaml");
        Files.createDirectories(real.getParent());
        Files.writeString(real, "company: Acme\n");
        Files.createDirectories(home.resolve("applications"));
        Path link = Files.createSymbolicLink(home.resolve("applications/acme.yaml"), real);
        store().update("acme", a -> new Store.Update(LogEntry.of(D, EventType.THANKS), null, null, null));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("event: thanks");
    }

    @Test
    void concurrentThreadsNeverLoseAnUpdate() throws Exception {
        store().create("a", app("A"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 80; i++) {
            String note = "n" + i;
            pool.submit(() -> {
                store().update("a", a -> new Store.Update(new LogEntry(D, EventType.NOTE, note, null, null), null, null, null));
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        Set<String> notes = ConcurrentHashMap.newKeySet();
        store().load("a").log().forEach(e -> notes.add(e.note()));
        assertThat(notes).hasSize(80);
        assertThat(store().load("a").log()).hasSize(80);
    }

    @Test
    void idsAreNeverPaths() {
        for (String bad : List.of("..", "../x", "a/b", "/etc/passwd", "A", "a--b", "-a", "a-", "", "a.yaml", "a b")) {
            assertThatThrownBy(() -> store().file(bad)).isInstanceOf(UserException.class)
                    .satisfies(e -> assertThat(((UserException) e).exitCode()).isEqualTo(2));
        }
        assertThat(store().file("acme-2")).isEqualTo(home.resolve("applications/acme-2.yaml"));
    }

    @Test
    void onlyIdNamedYamlFilesAreApplications() throws Exception {
        write("acme", "company: Acme\n");
        Files.writeString(home.resolve("applications/.acme.yaml.123.tmp"), "junk");
        Files.writeString(home.resolve("applications/Notes.yaml"), "junk: [");
        Files.writeString(home.resolve("applications/readme.txt"), "junk");
        assertThat(store().ids()).containsExactly("acme");
    }

    @Test
    void unknownIdNamesTheKnownOnes() throws Exception {
        write("acme", "company: Acme\n");
        write("globex", "company: Globex\n");
        assertThatThrownBy(() -> store().load("acne")).isInstanceOf(UserException.class)
                .hasMessageContaining("no application 'acne'").hasMessageContaining("acme, globex")
                .satisfies(e -> assertThat(((UserException) e).exitCode()).isEqualTo(1));
    }
}
