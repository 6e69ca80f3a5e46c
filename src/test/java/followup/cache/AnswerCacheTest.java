package followup.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept answer is found only for exactly the same files and parameters. */
class AnswerCacheTest {

    /** A clock a minute ahead: every file here counts as settled. */
    private static final LongSupplier LATER = () -> System.currentTimeMillis() * 1_000_000L + 60_000_000_000L;
    private static final AnswerCache.Answer ANSWER = new AnswerCache.Answer(
            "Mon 23 Nov 2026: 2 things to do — Acme\n".getBytes(StandardCharsets.UTF_8), new byte[0], 0);

    private static String text(AnswerCache.Answer a) {
        return a == null ? null : new String(a.out(), StandardCharsets.UTF_8) + "|" + new String(a.err(), StandardCharsets.UTF_8)
                + "|" + a.code();
    }

    @TempDir
    Path temp;
    Path home;
    Path cache;
    Path acme;
    Path globex;
    Path config;

    @BeforeEach
    void files() throws IOException {
        home = Files.createDirectories(temp.resolve("home/applications")).getParent();
        cache = temp.resolve("cache/followup");
        acme = Files.writeString(home.resolve("applications/acme.yaml"), "company: Acme\nstatus: applied\n");
        globex = Files.writeString(home.resolve("applications/globex.yaml"), "company: Globex\n");
        config = home.resolve("config.yaml"); // not there: counts as such
    }

    private AnswerCache answers(String build, LongSupplier clock) {
        return new AnswerCache(cache, home, build, clock);
    }

    private AnswerCache.Fingerprint seen(String parameters) {
        return answers("b1", LATER).fingerprint(parameters, config, home.resolve("applications"));
    }

    private byte[] fingerprint(String parameters) {
        AnswerCache.Fingerprint f = seen(parameters);
        return f == null ? null : f.bytes;
    }

    @Test
    void theSameFilesAndParametersFindTheKeptAnswer() {
        AnswerCache answers = answers("b1", LATER);
        assertThat(answers.find(seen("today 0"))).isNull();
        answers.keep(seen("today 0"), ANSWER);
        assertThat(text(answers.find(seen("today 0")))).isEqualTo(text(ANSWER));
        assertThat(answers.find(seen("today 7"))).isNull();
        AnswerCache other = answers("b2", LATER);
        assertThat(other.find(other.fingerprint("today 0", config, home.resolve("applications")))).as("another build").isNull();
    }

    @Test
    void anyChangeToAFileIsAnotherFingerprint() throws IOException {
        byte[] before = fingerprint("today");
        assertThat(fingerprint("today")).isEqualTo(before);
        // the same size and the old modification time put back: the change time still tells
        FileTime mtime = Files.getLastModifiedTime(acme);
        Files.writeString(acme, "company: Acme\nstatus: offered\n");
        Files.setLastModifiedTime(acme, mtime);
        assertThat(Files.size(acme)).isEqualTo("company: Acme\nstatus: applied\n".length());
        assertThat(fingerprint("today")).isNotEqualTo(before);
    }

    @Test
    void aNewOrRemovedFileIsAnotherFingerprint() throws IOException {
        byte[] before = fingerprint("today");
        Files.writeString(config, "work-days: [mon, tue]\n");
        byte[] withConfig = fingerprint("today");
        assertThat(withConfig).isNotEqualTo(before);
        Files.delete(globex);
        assertThat(fingerprint("today")).isNotEqualTo(withConfig).isNotEqualTo(before);
    }

    @Test
    void aFileChangedInTheLastSecondsGivesNoFingerprint() {
        assertThat(answers("b1", followup.store.Store.WALL_CLOCK).fingerprint("today", config, home.resolve("applications"))).isNull();
    }

    @Test
    void aFolderWithNoApplicationGivesNoFingerprint() throws IOException {
        Files.delete(acme);
        Files.delete(globex);
        assertThat(fingerprint("today")).isNull();
        assertThat(answers("b1", LATER).fingerprint("today", config, home.resolve("missing"))).isNull();
    }

    @Test
    void theFingerprintHoldsEveryApplicationsKey() {
        AnswerCache.Fingerprint f = seen("today");
        assertThat(f.size()).isEqualTo(2);
        assertThat(f.keys().get("acme.yaml").sameAs(FileKey.of(acme))).isTrue();
        assertThat(f.keys().get("globex.yaml").sameAs(FileKey.of(globex))).isTrue();
    }

    private record Pair(String a, String b) {
    }

    private record Other(String a, String b) {
    }

    @Test
    void parametersAreWrittenSoThatDifferentValuesNeverMeet() {
        AnswerCache answers = answers("b1", LATER);
        List<Object> values = java.util.Arrays.asList(List.of("a, b"), List.of("a", "b"), List.of("a", "b", ""),
                new Pair("a", "b"), new Pair("a, b", null), new Pair("a", null), new Other("a", "b"),
                Map.of("k", "v"), List.of(Map.of("k", "v")), "1", 1, 1L, true, "true", Path.of("a"), "a",
                java.time.LocalDate.of(2026, 11, 23), "2026-11-23", null, List.of(), Map.of());
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < values.size(); j++) {
                boolean same = answers.fingerprint(values.get(i)).sameAs(answers.fingerprint(values.get(j)));
                assertThat(same).as(values.get(i) + " against " + values.get(j)).isEqualTo(i == j);
            }
        }
        assertThat(answers.fingerprint(new Pair("a", "b")).sameAs(answers.fingerprint(new Pair("a", "b")))).isTrue();
        assertThatThrownBy(() -> answers.fingerprint(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a value");
    }

    @Test
    void aTornOrForeignCacheFileIsNotUsed() throws IOException {
        AnswerCache answers = answers("b1", LATER);
        answers.keep(seen("today"), ANSWER);
        Path file;
        try (var list = Files.list(cache)) {
            file = list.filter(p -> p.getFileName().toString().startsWith("answer-")).findFirst().orElseThrow();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(answers.find(seen("today"))).isNull();
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(answers.find(seen("today"))).isNull();
        Files.writeString(file, "not ours", StandardCharsets.UTF_8);
        assertThat(answers.find(seen("today"))).isNull();
        // and a cache folder others can read is not trusted
        answers.keep(seen("today"), ANSWER);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(answers.find(seen("today"))).isNull();
    }
}
