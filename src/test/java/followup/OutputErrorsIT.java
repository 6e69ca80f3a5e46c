package followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §8 "output is checked", through the packaged {@code target/followup} as a separate process
 * under cron's bare environment: standard output on {@code /dev/full} (every write fails with
 * "No space left on device") is exit 1 and one line on stderr; a reader that closes the pipe
 * after the first line ({@code followup list | head -1}) ends the run quietly.
 */
class OutputErrorsIT {

    private static final Path FOLLOWUP = Path.of("target/followup").toAbsolutePath();
    private static final File DEV_FULL = new File("/dev/full");

    @TempDir
    Path home;

    /** Enough applications that {@code list} prints more than a pipe holds (64 KiB), so a closed one is hit. */
    @BeforeEach
    void manyApplications() throws IOException {
        Path apps = Files.createDirectories(home.resolve("data/applications"));
        for (int i = 0; i < 2500; i++) {
            Files.writeString(apps.resolve(String.format("company-%04d.yaml", i)), "company: Company " + i
                    + "\nrole: Engineer\nstatus: interviewing\ninterviews:\n  - date: 2026-11-20\n    with: [Jane Doe]\n");
        }
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("env", "-i", "HOME=" + home, "PATH=/usr/bin:/bin",
                "XDG_CACHE_HOME=" + Path.of("target/it-cache").toAbsolutePath(),
                FOLLOWUP.toString(), "--home", home.resolve("data").toString(), "--as-of", "2026-11-20"));
        command.addAll(List.of(args));
        return command;
    }

    @ParameterizedTest(name = "{0} > /dev/full")
    @ValueSource(strings = {"today", "list", "show company-0001", "stats", "calendar", "draft thanks company-0001",
        "--version", "--help"})
    void aFullDeviceIsExitOneAndOneLine(String args) throws Exception {
        assertThat(DEV_FULL).exists();
        Process p = new ProcessBuilder(command(args.split(" "))).redirectOutput(DEV_FULL)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        String line = "followup: cannot write the output: No space left on device\n";
        if (args.startsWith("draft")) {
            // a draft also says what it could not fill in (no address, no me.name), before it is written
            assertThat(err).endsWith(line).doesNotContain("\tat ");
            assertThat(err.lines().filter(l -> l.contains("cannot write")).count()).isOne();
        } else {
            assertThat(err).isEqualTo(line);
        }
    }

    @Test
    void aShellPipeIntoHeadEndsQuietly() throws Exception {
        // pipefail: the shell's status is followup's own, not head's
        String line = String.join(" ", command("list").stream().map(a -> "'" + a + "'").toList());
        Process p = new ProcessBuilder("bash", "-o", "pipefail", "-c", line + " 2>err.txt | head -1")
                .directory(home.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(home.resolve("err.txt"))).isZero();
        assertThat(out).startsWith("ID").hasLineCount(1);
        assertThat(home.resolve("err.txt")).isEmptyFile();
    }

    @Test
    void aReaderThatClosesAfterOneLineEndsTheRunQuietly() throws Exception {
        for (String args : List.of("list", "today")) {
            Process p = new ProcessBuilder(command(args)).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(r.readLine()).as(args).isNotEmpty();
            } // closed: followup's next write finds no reader
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(err).as(args).isEmpty();
            assertThat(p.exitValue()).as(args).isZero();
        }
    }
}
