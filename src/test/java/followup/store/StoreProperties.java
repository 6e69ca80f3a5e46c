package followup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import followup.UserException;
import followup.model.Application;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * The store's promises over arbitrary input: what {@code create} writes reads back as the same
 * application; a {@code log} update adds its lines and keeps every other byte, comments and
 * unknown keys (YAML 1.1's traps among them) included; an id made from any text is a valid id
 * and names a file in the applications folder, never a path out of it.
 */
class StoreProperties {

    /** Values YAML 1.1 would retype if a writer let it: they must keep their exact text. */
    private static final List<String> TRAPS = List.of("NO", "no", "0123", "1.10", "~", "on", "off", "null", "yes",
            "Y", "12:30", "'12:30'", "2026-11-20", "'2026-11-20'", "0x1F", "1e3", ".inf", "\"NO\"", "''", "[on, off]",
            "{a: 1}");

    private Path home;

    @BeforeTry
    void newHome() throws IOException {
        home = Files.createTempDirectory("followup-props");
    }

    @AfterTry
    void removeHome() throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- generators --------------------------------------------------------------------------

    /** Text a person might type, with YAML's special characters, line breaks and non-ASCII. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> typed = Arbitraries.strings().withCharRange(' ', '~')
                .withChars('\n', '\t', '\r', 'é', 'ø', 'ß', 'Ж', '中', '\u2028', '\u0085', '\u00a0', '\uFEFF', '\u0000',
                        '\u0007')
                .ofMaxLength(24);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, typed),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(TRAPS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("😀 emoji", "𝔘nicode", " leading", "trailing ", "a # b", "- x",
                        "key: value", "\"quoted\"", "it's")));
    }

    private Arbitrary<String> optionalTexts() {
        return texts().injectNull(0.3);
    }

    /** Names are stripped when read: generate them stripped and not blank. */
    private Arbitrary<String> names() {
        return texts().map(String::strip).filter(s -> !s.isEmpty());
    }

    private Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 800).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
    }

    private Arbitrary<Contact> contacts() {
        return Combinators.combine(names(), optionalTexts(), optionalTexts(), optionalTexts(), optionalTexts())
                .as(Contact::new);
    }

    private Arbitrary<Interview> interviews() {
        Arbitrary<LocalTime> times = Combinators.combine(Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59)).as(LocalTime::of).injectNull(0.3);
        return Combinators.combine(dates(), times, names().list().ofMaxSize(3), optionalTexts()).as(Interview::new);
    }

    private Arbitrary<LogEntry> entries() {
        return Combinators.combine(dates(), Arbitraries.of(EventType.class), optionalTexts(),
                dates().injectNull(0.7), names().injectNull(0.7)).as(LogEntry::new);
    }

    @Provide
    Arbitrary<Application> applications() {
        Arbitrary<Application> head = Combinators.combine(names(), optionalTexts(), Arbitraries.of(Status.class),
                optionalTexts(), dates().injectNull(0.5), contacts().list().ofMaxSize(3),
                interviews().list().ofMaxSize(3), dates().injectNull(0.5))
                .as((company, role, status, source, applied, contacts, interviews, decision) -> new Application(null,
                        company, role, status, source, applied, contacts, interviews, decision, null, null, List.of()));
        return Combinators.combine(head, optionalTexts(), optionalTexts(), entries().list().ofMaxSize(6))
                .as((a, anchor, notes, log) -> new Application(null, a.company(), a.role(), a.status(), a.source(),
                        a.applied(), a.contacts(), a.interviews(), a.decisionBy(), anchor, notes, log));
    }

    // ---- properties --------------------------------------------------------------------------

    @Property(tries = 300)
    void whatCreateWritesReadsBackTheSame(@ForAll("applications") Application app) throws IOException {
        Store store = new Store(home);
        String id = store.create(null, app);
        assertThat(Ids.isValid(id)).isTrue();
        assertThat(store.load(id)).isEqualTo(withId(app, id));
    }

    @Property(tries = 200)
    void aLogUpdateAddsItsLinesAndKeepsEveryOtherByte(@ForAll("applications") Application app,
            @ForAll("traps") List<String> unknown, @ForAll("texts") String comment) throws IOException {
        Store store = new Store(home);
        String id = store.create(null, app);
        Path file = store.file(id);
        // a comment holds any printable text (line breaks and control characters end or break it)
        String hash = "# " + comment.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029\\uFEFF]", " ");
        List<String> lines = new ArrayList<>(List.of(Files.readString(file).split("(?<=\n)")));
        // a comment line between every two lines, a comment at the end of the first, unknown keys after it
        List<String> decorated = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            decorated.add(i == 0 ? lines.get(0).replace("\n", "   " + hash + "\n") : lines.get(i));
            if (i == 0) {
                for (int k = 0; k < unknown.size(); k++) {
                    decorated.add("x-unknown-" + k + ": " + unknown.get(k) + "\n");
                }
            }
            decorated.add(hash + "\n");
        }
        byte[] before = String.join("", decorated).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, before);
        assertThat(store.load(id)).as("comments and unknown keys change nothing").isEqualTo(withId(app, id));

        // an update that changes nothing does not write
        FileTime stamp = FileTime.fromMillis(0);
        Files.setLastModifiedTime(file, stamp);
        store.update(id, a -> new Store.Update(null, null, a.status(), a.decisionBy()));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(stamp);

        LogEntry entry = new LogEntry(LocalDate.of(2026, 11, 20), EventType.NOTE, "fuzz", null, null);
        Application after = store.update(id, a -> new Store.Update(entry, null, null, null));
        LoaderFuzzTest.assertOnlyTheEntryWasAdded(before, Files.readAllBytes(file));
        List<LogEntry> log = new ArrayList<>(app.log());
        log.add(entry);
        Application expected = new Application(id, app.company(), app.role(), app.status(), app.source(), app.applied(),
                app.contacts(), app.interviews(), app.decisionBy(), app.anchor(), app.notes(), log);
        assertThat(after.log()).containsExactlyInAnyOrderElementsOf(expected.log());
        assertThat(store.load(id)).isEqualTo(after);
    }

    @Provide
    Arbitrary<List<String>> traps() {
        return Arbitraries.of(TRAPS).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 1000)
    void anyTextMakesAValidIdInsideTheFolder(@ForAll String company) {
        Store store = new Store(home);
        String id = Ids.slug(company);
        assertThat(Ids.isValid(id)).as(id).isTrue();
        Path file = store.file(id);
        assertThat(file.getParent()).isEqualTo(store.folder());
        assertThat(file.getFileName()).hasToString(id + ".yaml");
    }

    @Property(tries = 1000)
    void anyTextAsAnIdIsAFileInTheFolderOrRefused(@ForAll("pathLike") String id) {
        Store store = new Store(home);
        UserException refused = catchThrowableOfType(UserException.class, () -> store.file(id));
        if (refused != null) {
            assertThat(refused.exitCode()).isEqualTo(2);
            return;
        }
        Path file = store.file(id);
        assertThat(file.normalize()).isEqualTo(file);
        assertThat(file.getParent()).isEqualTo(store.folder());
    }

    @Provide
    Arbitrary<String> pathLike() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("./\\-a0~:\u0000 ").ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(20), Arbitraries.of("..", "../x", "a/../../b", "%2e%2e", "a\u0000b",
                        "con", "acme-corp", "x".repeat(65)));
    }

    @Property(tries = 100)
    void createWritesOnlyInsideTheApplicationsFolder(@ForAll String company) throws IOException {
        Store store = new Store(home);
        String id = store.create(null, new Application(null, company.isBlank() ? "x" + company : company, null,
                Status.APPLIED, null, null, List.of(), List.of(), null, null, null, List.of()));
        try (Stream<Path> all = Files.walk(home)) {
            assertThat(all.filter(Files::isRegularFile).map(home::relativize).map(Path::toString))
                    .containsExactlyInAnyOrder("applications/" + id + ".yaml");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Found by the first property: C1 controls went into the file raw, which YAML refuses (exit 3). */
    @net.jqwik.api.Example
    void controlCharactersAreWrittenAsEscapes() throws IOException {
        Store store = new Store(home);
        String company = "Acme\u0080\u0085\u009f\u007f\uFFFE";
        String id = store.create(null, new Application(null, company, null, Status.APPLIED, null, null, List.of(),
                List.of(), null, null, null, List.of()));
        assertThat(store.load(id).company()).isEqualTo(company);
        assertThat(Files.readString(store.file(id))).startsWith("company: \"Acme\\u0080\\u0085\\u009F\\u007F\\uFFFE\"");
    }

    private static Application withId(Application a, String id) {
        return new Application(id, a.company(), a.role(), a.status(), a.source(), a.applied(), a.contacts(),
                a.interviews(), a.decisionBy(), a.anchor(), a.notes(), a.log());
    }
}
