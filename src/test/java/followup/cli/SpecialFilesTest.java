package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §8: a FIFO or a device where followup expects a file (an application, the config, a
 * template, a cache file, the calendar's --output) is reported as a problem of that file and
 * never opened: opening a FIFO for reading waits for a writer, for ever. The timeout runs each
 * test in a thread of its own, so that a regression fails here instead of hanging the build.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpecialFilesTest {

    private static final String NOT_REGULAR = "is not a regular file (a FIFO); it was not opened";

    @TempDir
    Path home;

    private Run run;

    @BeforeEach
    void twoApplications() {
        run = Run.in(home);
        assertThat(run.run("add", "Acme", "--interview", "2026-11-23", "--no-input")).succeeded();
        assertThat(run.run("add", "Globex", "--interview", "2026-11-20", "--no-input")).succeeded();
    }

    /**
     * Releases whatever a failed test left waiting on a FIFO (it would hold the store's lock, and
     * the next test would wait for it for ever): opened for reading and writing at once, a FIFO
     * never blocks, and the opener waiting on it goes on to read nothing.
     */
    @AfterEach
    void releaseFifos() throws IOException {
        releaseFifos(home);
    }

    static void releaseFifos(Path folder) throws IOException {
        List<Path> fifos;
        try (var files = Files.walk(folder)) {
            fifos = files.filter(f -> !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(f)).toList();
        }
        for (Path fifo : fifos) {
            try (FileChannel both = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                // opened, so any reader waiting on it has been let through
            }
        }
    }

    static void mkfifo(Path file) throws IOException, InterruptedException {
        try {
            assumeTrue(new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
        }
        assertThat(Files.isRegularFile(file)).isFalse();
        assertThat(Files.exists(file)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"today", "list", "list --json", "check", "calendar", "stats", "today --json"})
    void aFifoAmongTheApplicationsIsNamedAndTheOthersAreHandled(String command) throws Exception {
        mkfifo(home.resolve("applications/x.yaml"));
        Run.Result r = run.run(command.split(" "));
        assertThat(r).exitsWith(1).noStackTrace();
        if (command.endsWith("--json")) {
            assertThat(r.out()).contains("\"file\" : \"applications/x.yaml\"", "\"message\" : \"" + NOT_REGULAR + "\"");
        } else {
            String problem = home.resolve("applications/x.yaml") + ":1:1: " + NOT_REGULAR;
            assertThat(command.equals("check") ? r.out() : r.err()).contains(problem);
        }
        // every other application is still handled
        if (command.equals("stats")) {
            assertThat(r.out()).contains("2 applications");
        } else if (!command.equals("check")) {
            assertThat(r.out()).contains("Acme", "Globex");
        } else {
            assertThat(r.err()).contains("1 problem");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"show x", "edit x", "log x note --note hello", "draft thanks x"})
    void aCommandOnThatIdSaysSoAndWaitsForNothing(String command) throws Exception {
        Path fifo = home.resolve("applications/x.yaml");
        mkfifo(fifo);
        // the scripted editor fails the run if it is ever started
        Run.Result r = run.run(command.split(" "));
        assertThat(r).exitsWith(1).noStackTrace();
        assertThat(r.err()).isEqualTo("followup: " + fifo + ":1:1: " + NOT_REGULAR + "\n");
        assertThat(Files.isRegularFile(fifo)).as("still the FIFO").isFalse();
    }

    @Test
    void linksAreFollowedToWhatTheyNameADeviceIncluded() throws Exception {
        Path fifo = home.resolve("elsewhere.fifo");
        mkfifo(fifo);
        Files.createSymbolicLink(home.resolve("applications/x.yaml"), fifo);
        Files.createSymbolicLink(home.resolve("applications/z.yaml"), Path.of("/dev/zero"));
        Run.Result r = run.run("list");
        assertThat(r).exitsWith(1).outContains("Acme", "Globex");
        assertThat(r.err()).contains(home.resolve("applications/x.yaml") + ":1:1: " + NOT_REGULAR,
                home.resolve("applications/z.yaml") + ":1:1: is not a regular file (a character device); it was not opened");
    }

    @Test
    void aFifoConfigIsADataError() throws Exception {
        mkfifo(home.resolve("config.yaml"));
        for (String command : List.of("today", "list", "check")) {
            Run.Result r = run.run(command);
            assertThat(r).as(command).exitsWith(1).noStackTrace();
            assertThat(r.err()).as(command).contains(home.resolve("config.yaml") + ":1:1: " + NOT_REGULAR);
        }
    }

    @Test
    void aFifoTemplateIsNamedNotSkippedNorOpened() throws Exception {
        Path template = Files.createDirectories(home.resolve("templates")).resolve("thanks.mustache");
        mkfifo(template);
        String problem = template + ": " + NOT_REGULAR;
        assertThat(run.run("draft", "thanks", "acme")).exitsWith(1).errContains(problem);
        assertThat(run.run("draft", "--list")).exitsWith(1).errContains(problem);
        assertThat(run.run("check")).exitsWith(1).outContains(problem);
        assertThat(run.run("draft", "check-in", "acme")).as("another kind's template is not looked at").succeeded();
    }

    @Test
    void aFifoInPlaceOfACacheFileOnlyCostsTheCache() throws Exception {
        Run kept = Run.in(home).env("XDG_CACHE_HOME", home.resolve("cache").toString()).settled();
        Run.Result first = kept.run("today");
        assertThat(first).succeeded();
        List<Path> cached;
        try (var files = Files.list(home.resolve("cache/followup"))) {
            cached = files.filter(f -> f.getFileName().toString().endsWith(".bin")).toList();
        }
        assertThat(cached).extracting(f -> f.getFileName().toString().replaceAll("-.*", ""))
                .contains("answer", "index");
        for (Path f : cached) {
            Files.delete(f);
            mkfifo(f);
        }
        assertThat(kept.run("today")).isEqualTo(first);
        assertThat(kept.run("list")).succeeded().outContains("Acme", "Globex");
    }

    /** export and report write their --output as calendar does, through one check (OutputFile). */
    @Test
    void exportAndReportOutputLeaveAFifoAsItIsAndCalendarTakesADashForStdout() throws Exception {
        Path fifo = home.resolve("out.fifo");
        mkfifo(fifo);
        for (String command : new String[] {"export", "report"}) {
            Run.Result r = run.run(command, "--output", fifo.toString());
            assertThat(r).as(command).exitsWith(1).noStackTrace();
            assertThat(r.err()).as(command)
                    .isEqualTo("followup: --output: " + fifo + " is not a regular file (a FIFO); it is left as it is\n");
            assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).as(command).isFalse();
        }
        assertThat(run.run("calendar", "--output", "-")).succeeded().outContains("BEGIN:VCALENDAR");
        assertThat(Path.of("-")).as("no file named '-'").doesNotExist();
    }

    @Test
    void calendarOutputLeavesAFifoOrADeviceAsItIs() throws Exception {
        Path fifo = home.resolve("calendar.ics");
        mkfifo(fifo);
        Run.Result r = run.run("calendar", "--output", fifo.toString());
        assertThat(r).exitsWith(1).noStackTrace();
        assertThat(r.err()).isEqualTo("followup: --output: " + fifo + " is not a regular file (a FIFO); it is left as it is\n");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).as("not replaced by a file").isFalse();
        // through a link (a device would do the same; none is risked here: on a build without this
        // check, a file would be renamed over it)
        Path link = Files.createSymbolicLink(home.resolve("link.ics"), fifo);
        assertThat(run.run("calendar", "--output", link.toString())).exitsWith(1)
                .errContains(link + " is not a regular file (a FIFO)");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }
}
