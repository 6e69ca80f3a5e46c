package followup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code today} keeps its last answer (AnswerCache) and prints it again while nothing it depends
 * on has changed. Whatever changes, a run with the kept answers must print exactly what a run
 * with an empty cache prints.
 */
class TodayAnswersTest {

    @TempDir
    Path temp;
    Path home;
    Path cache;
    private final AtomicInteger fresh = new AtomicInteger();

    @BeforeEach
    void copyExamples() throws IOException {
        home = temp.resolve("home");
        cache = temp.resolve("cache");
        Files.createDirectories(home.resolve("applications"));
        try (var files = Files.list(Path.of("examples/applications"))) {
            for (Path f : files.toList()) {
                Files.copy(f, home.resolve("applications").resolve(f.getFileName()));
            }
        }
        Files.copy(Path.of("examples/config.yaml"), home.resolve("config.yaml"));
    }

    private Run kept() {
        return Run.in(home).env("XDG_CACHE_HOME", cache.toString()).settled();
    }

    private Run cold() {
        return Run.in(home).env("XDG_CACHE_HOME", temp.resolve("cold-" + fresh.incrementAndGet()).toString());
    }

    /** Every variant of the command, twice with the kept answers, against a cold run. */
    private void sameAsCold(Run kept, Run cold) {
        for (String[] args : List.of(new String[] {"today"}, new String[] {"today", "--days", "7"},
                new String[] {"today", "--json"}, new String[] {"today", "--quiet"},
                new String[] {"--as-of", "2026-11-30", "today"}, new String[] {"--as-of", "eow", "today"})) {
            Run.Result expected = cold.run(args);
            assertThat(kept.run(args)).as(String.join(" ", args)).isEqualTo(expected);
            assertThat(kept.run(args)).as(String.join(" ", args) + ", again").isEqualTo(expected);
        }
    }

    private Path answerFile() throws IOException {
        try (var files = Files.list(cache.resolve("followup"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("answer-")).findFirst().orElseThrow();
        }
    }

    @Test
    void theSecondRunPrintsTheKeptAnswer() throws IOException {
        Run.Result first = kept().run("today", "--days", "7");
        Path answer = answerFile();
        FileTime written = Files.getLastModifiedTime(answer);
        byte[] bytes = Files.readAllBytes(answer);
        assertThat(kept().run("today", "--days", "7")).isEqualTo(first);
        assertThat(Files.readAllBytes(answer)).as("not made again").isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(answer)).isEqualTo(written);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains(first.out());
    }

    /** Every answer file: its name, its bytes and when it was written. */
    private java.util.Map<String, String> answers() throws IOException {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        try (var files = Files.list(cache.resolve("followup"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("answer-")).toList()) {
                all.put(f.getFileName().toString(), java.util.Arrays.hashCode(Files.readAllBytes(f)) + " "
                        + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return all;
    }

    @Test
    void aPromptAndAStatusBarKeepTheirAnswersSideBySide() throws IOException {
        Run.Result quiet = kept().run("today", "--quiet");
        Run.Result json = kept().run("today", "--json");
        Run.Result seven = kept().run("--as-of", "2026-11-20", "today", "--days", "7");
        java.util.Map<String, String> three = answers();
        assertThat(three).hasSize(3);
        for (int round = 0; round < 2; round++) {
            assertThat(kept().run("today", "--quiet")).isEqualTo(quiet);
            assertThat(kept().run("today", "--json")).isEqualTo(json);
            assertThat(kept().run("--as-of", "2026-11-20", "today", "--days", "7")).isEqualTo(seven);
            assertThat(answers()).as("each printed from its own kept answer, none made again").isEqualTo(three);
        }
        assertThat(json).isEqualTo(cold().run("today", "--json"));
        assertThat(quiet).isEqualTo(cold().run("today", "--quiet"));
    }

    @Test
    void aChangeReplacesTheAnswerToTheSameLine() throws IOException {
        kept().run("today", "--json");
        kept().run("today");
        java.util.Map<String, String> before = answers();
        Run.assertThat(kept().run("log", "acme-corp", "thanks")).succeeded();
        assertThat(kept().run("today", "--json")).isEqualTo(cold().run("today", "--json"));
        assertThat(answers()).hasSize(2).containsOnlyKeys(before.keySet()).isNotEqualTo(before);
    }

    @Test
    void aHomeKeepsAFewAnswersAndDropsTheLeastRecentlyWritten() throws IOException {
        int lines = followup.cache.AnswerCache.KEPT + 4;
        for (int days = 1; days <= lines; days++) {
            kept().run("today", "--days", String.valueOf(days));
        }
        java.util.Map<String, String> kept = answers();
        assertThat(kept).hasSize(followup.cache.AnswerCache.KEPT);
        // the latest lines are still answered from the cache, and agree with a cold run
        assertThat(kept().run("today", "--days", String.valueOf(lines)))
                .isEqualTo(cold().run("today", "--days", String.valueOf(lines)));
        assertThat(answers()).isEqualTo(kept);
        // the first one was dropped: answered afresh, and kept again in place of the oldest
        assertThat(kept().run("today", "--days", "1")).isEqualTo(cold().run("today", "--days", "1"));
        assertThat(answers()).hasSize(followup.cache.AnswerCache.KEPT).isNotEqualTo(kept);
    }

    @Test
    void aChangeMadeByFollowupIsSeen() {
        sameAsCold(kept(), cold());
        Run.assertThat(kept().run("log", "acme-corp", "thanks")).succeeded();
        sameAsCold(kept(), cold());
    }

    @Test
    void aHandEditThatKeepsSizeAndTimeIsSeen() throws IOException {
        sameAsCold(kept(), cold());
        Path file = home.resolve("applications/acme-corp.yaml");
        String text = Files.readString(file);
        FileTime mtime = Files.getLastModifiedTime(file);
        String edited = text.replace("status: interviewing", "status: rejected    ");
        assertThat(edited).isNotEqualTo(text).hasSameSizeAs(text);
        Files.writeString(file, edited);
        Files.setLastModifiedTime(file, mtime);
        sameAsCold(kept(), cold());
    }

    @Test
    void newRemovedAndBrokenFilesAreSeen() throws IOException {
        sameAsCold(kept(), cold());
        Files.writeString(home.resolve("applications/broken.yaml"), "company: [unclosed\n");
        sameAsCold(kept(), cold());
        Files.delete(home.resolve("applications/broken.yaml"));
        Files.delete(home.resolve("applications/acme-corp.yaml"));
        sameAsCold(kept(), cold());
    }

    @Test
    void theHomeAsGivenIsPartOfTheAnswer() throws IOException {
        // messages name files under the home as it was given: relative (from the working folder,
        // so under target/) in one run, absolute in the next, one folder all the same
        Path under = Files.createDirectories(Path.of("target", "test-homes")).toAbsolutePath();
        Path moved = Files.createTempDirectory(under, "answers-");
        try {
            Files.move(home, moved.resolve("home"));
            home = moved.resolve("home");
            Files.writeString(home.resolve("applications/broken.yaml"), "company: [unclosed\n");
            String relative = Path.of("").toAbsolutePath().relativize(home).toString();
            assertThat(relative).startsWith("target/").doesNotContain("..");
            for (String given : List.of(relative, home.toString(), relative)) {
                Run.Result expected = cold().run("--home", given, "today");
                assertThat(expected.err()).contains(given + "/applications/broken.yaml");
                assertThat(kept().run("--home", given, "today")).as(given).isEqualTo(expected);
            }
        } finally {
            try (var files = Files.walk(moved)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @Test
    void theConfigIsSeen() throws IOException {
        sameAsCold(kept(), cold());
        Files.writeString(home.resolve("config.yaml"), "work-days: [tue, wed, thu]\n");
        sameAsCold(kept(), cold());
        Files.delete(home.resolve("config.yaml"));
        sameAsCold(kept(), cold());
    }

    @Test
    void anotherDayColourOrWidthIsAnotherAnswer() {
        sameAsCold(kept(), cold());
        sameAsCold(kept().today(LocalDate.of(2026, 11, 24)), cold().today(LocalDate.of(2026, 11, 24)));
        sameAsCold(kept().terminal(100), cold().terminal(100));
        sameAsCold(kept().terminal(60), cold().terminal(60));
        sameAsCold(kept().terminal(60).env("NO_COLOR", "1"), cold().terminal(60).env("NO_COLOR", "1"));
    }
}
