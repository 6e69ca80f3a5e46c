package followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, SPEC §5 {@code add} on a terminal, through the packaged {@code target/followup} on a
 * real pseudo-terminal: util-linux's {@code script} (Debian's essential bsdutils) gives it one, and
 * the test types into it answer by answer, each once its prompt is on the screen, as a person would.
 * JLine must print no warning, a wrong date must be asked again with what was typed still on the
 * line, and Ctrl-C must stop with exit 130 and nothing written.
 */
class AddPromptsIT {

    private static final Path FOLLOWUP = Path.of("target/followup").toAbsolutePath();
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path home;

    private Process process;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private OutputStream keyboard;

    /** {@code followup add} on a 100x30 pseudo-terminal, in cron's bare environment plus TERM. */
    private void start() throws IOException {
        String command = "stty cols 100 rows 30; exec env -i HOME='" + home + "' PATH=/usr/bin:/bin TERM=xterm"
                + " XDG_CACHE_HOME='" + Path.of("target/it-cache").toAbsolutePath() + "' '" + FOLLOWUP + "'"
                + " --home '" + home.resolve("data") + "' --as-of 2026-11-23 add";
        process = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true).start();
        keyboard = process.getOutputStream();
        InputStream in = process.getInputStream();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (screen) {
                        screen.write(buffer, 0, n);
                        screen.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "pty-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until {@code text} has appeared {@code times} times on the screen, then types {@code keys}. */
    private void when(String text, int times, String keys) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        synchronized (screen) {
            while (count(screen.toString(StandardCharsets.UTF_8), text) < times) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                assertThat(left).as("waited for '%s' x%d; the screen:%n%s", text, times, screen()).isPositive();
                screen.wait(Math.min(left, 200));
            }
        }
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    private static int count(String in, String text) {
        int n = 0;
        for (int at = in.indexOf(text); at >= 0; at = in.indexOf(text, at + text.length())) {
            n++;
        }
        return n;
    }

    private int exit() throws Exception {
        keyboard.close();
        assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as(screen()).isTrue();
        return process.exitValue();
    }

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Test
    void aWrongDateIsAskedAgainAndEveryAnswerIsKept() throws Exception {
        start();
        when("Company: ", 1, "Initech\r");
        when("Role: ", 1, "Engineer\r");
        when("Contact (Name <email> phone): ", 1, "Bill Lumbergh <bill@initech.example>\r");
        when("Another contact (Enter when done): ", 1, "Peter Gibbons\r");
        when("Another contact (Enter when done): ", 2, "\r");
        when("Interview date (2026-11-27, tomorrow, fri, ...): ", 1, "wednesdy\r");
        // asked again with the reason, "wednesdy" still on the line: erase it and mend it
        when("Interview date (2026-11-27, tomorrow, fri, ...): ", 2, "\b\b\b\b\b\b\b\bwed\r");
        when("Interview time (HH:MM): ", 1, "10am\r");
        when("Interview time (HH:MM): ", 2, "\u0015" + "10:00\r"); // Ctrl-U clears the line
        when("Who interviews you? (Enter when done): ", 1, "bill\r");
        when("Who else? (Enter when done): ", 1, "Pe\t");
        when("Peter Gibbons", 2, "\r"); // TAB completed the name of a contact just given
        when("Who else? (Enter when done): ", 2, "\r");
        when("When will you hear? ", 1, "eow\r");
        when("A personal hook", 1, "\r");
        int code = exit();
        String screen = screen();
        assertThat(code).as(screen).isZero();
        assertThat(screen).contains("'wednesdy' is not a date", "'10am' is not a time; use HH:MM", "initech")
                .doesNotContain("WARNING", "Exception", "\tat ");
        String text = Files.readString(home.resolve("data/applications/initech.yaml"));
        assertThat(text).contains("role: Engineer", "name: Bill Lumbergh", "name: Peter Gibbons", "date: 2026-11-25",
                "time: \"10:00\"", "with: [Bill Lumbergh, Peter Gibbons]", "decision-by: 2026-11-27");
    }

    @Test
    void ctrlCExits130AndWritesNothing() throws Exception {
        start();
        when("Company: ", 1, "Initech\r");
        when("Role: ", 1, "Engineer\r");
        when("Contact (Name <email> phone): ", 1, "Bill Lumbergh\r");
        when("Another contact (Enter when done): ", 1, "\u0003");
        int code = exit();
        String screen = screen();
        assertThat(code).as(screen).isEqualTo(130);
        assertThat(screen).contains("followup: cancelled; nothing was written").doesNotContain("WARNING", "Exception");
        assertThat(home.resolve("data/applications/initech.yaml")).doesNotExist();
    }

    @Test
    void ctrlDAtAPromptStopsAsCtrlCDoes() throws Exception {
        start();
        when("Company: ", 1, "Initech\r");
        when("Role: ", 1, "\r");
        when("Contact (Name <email> phone): ", 1, "\u0004");
        int code = exit();
        assertThat(code).as(screen()).isEqualTo(130);
        assertThat(screen()).contains("followup: cancelled; nothing was written");
        assertThat(home.resolve("data/applications/initech.yaml")).doesNotExist();
    }
}
