package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §8 "output is checked", in-process: standard output that fails as a full disk does is an
 * error of one line and exit 1; one that fails as a closed pipe does ends the run quietly. The
 * packaged binary against {@code /dev/full} and a real closed pipe: {@code OutputErrorsIT}.
 */
class OutputErrorsTest {

    private static final String FULL = "No space left on device";

    @TempDir
    Path home;

    private Run run;

    @BeforeEach
    void twoApplications() {
        run = Run.in(home);
        assertThat(run.run("add", "Acme", "--role", "Engineer", "--interview", "2026-11-23", "--contact",
                "Jane Doe <jane@acme.example>", "--no-input")).succeeded();
        assertThat(run.run("add", "Globex", "--interview", "2026-11-16", "--no-input")).succeeded();
    }

    /** A stream every write to which fails with {@code message}, as the system says it. */
    private static final class Failing extends OutputStream {
        private final String message;
        int writes;

        Failing(String message) {
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            writes++;
            throw new IOException(message);
        }
    }

    /** Every command that prints a result, by each of the ways output is printed. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"today", "today --json", "list", "list --json", "show acme", "stats", "calendar",
        "draft thanks acme", "draft --list", "check", "--version", "--help", "list --help", "completion bash"})
    void aFullDiskIsAnErrorOfOneLine(String command) {
        String[] args = command.split(" ");
        Run.Result normal = run.run(args);
        assertThat(normal).succeeded();
        assertThat(normal.out()).as("the command prints something").isNotEmpty();

        Failing full = new Failing(FULL);
        Run.Result r = run.runTo(full, args);
        assertThat(full.writes).as("the output was tried").isPositive();
        assertThat(r).exitsWith(1).noStackTrace();
        assertThat(r.err()).isEqualTo(normal.err() + "followup: cannot write the output: " + FULL + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"today", "list", "show acme", "stats", "calendar", "--help"})
    void aClosedPipeEndsTheRunQuietly(String command) {
        Run.Result r = run.runTo(new Failing("Broken pipe"), command.split(" "));
        assertThat(r).succeeded().errIsEmpty();
    }

    @Test
    void aClosedPipeKeepsTheCodeAndMessagesOfARunThatFailedItself() throws IOException {
        Files.writeString(home.resolve("applications/bad.yaml"), "company: [\n");
        Run.Result r = run.runTo(new Failing("Broken pipe"), "list");
        assertThat(r).exitsWith(1).errContains("applications/bad.yaml:");
        assertThat(r.err()).doesNotContain("cannot write");
        Run.Result full = run.runTo(new Failing(FULL), "list");
        assertThat(full).exitsWith(1).errContains("applications/bad.yaml:", "followup: cannot write the output: " + FULL);
    }

    @Test
    void todaysKeptAnswerIsCheckedToo() {
        Run kept = Run.in(home).env("XDG_CACHE_HOME", home.resolve("cache").toString()).settled();
        Run.Result first = kept.run("today");
        assertThat(first).succeeded();
        assertThat(kept.run("today")).as("from the kept answer").isEqualTo(first);
        assertThat(home.resolve("cache/followup")).isNotEmptyDirectory();
        assertThat(kept.runTo(new Failing(FULL), "today")).exitsWith(1)
                .errContains("followup: cannot write the output: " + FULL);
        assertThat(kept.runTo(new Failing("Broken pipe"), "today")).succeeded().errIsEmpty();
    }

    @Test
    void anyWriterThatFailsIsAnErrorThoughItCannotSayWhy() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("gone");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("gone");
            }

            @Override
            public void close() {
            }
        };
        Run.Result r = run.run(new PrintWriter(broken), "list");
        assertThat(r).exitsWith(1);
        assertThat(r.err()).isEqualTo("followup: cannot write the output\n");
    }

    @Test
    void nothingIsWrittenAfterTheFirstFailure() throws IOException {
        // more than the writer's buffer, so that the output takes several writes
        for (int i = 0; i < 600; i++) {
            Files.writeString(home.resolve("applications/company-" + i + ".yaml"), "company: Company " + i + "\n");
        }
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        OutputStream failsOnce = new OutputStream() {
            private boolean failed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (!failed) {
                    failed = true;
                    throw new IOException(FULL); // then a block is freed: a later write would succeed
                }
                after.write(b, off, len);
            }
        };
        assertThat(run.run("list").out().length()).isGreaterThan(2 * 8192);
        assertThat(run.runTo(failsOnce, "list")).exitsWith(1);
        assertThat(after.size()).as("bytes written after the failure, leaving a hole in the output").isZero();
    }

    @Test
    void aFifoOrASocketIsAPipeWhateverTheLanguageOfTheMessage() throws Exception {
        Path fifo = home.resolve("fifo");
        Path plain = Files.writeString(home.resolve("plain"), "x");
        try {
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
        }
        assertThat(Utf8Writer.pipeOrSocket(fifo)).isTrue();
        assertThat(Utf8Writer.pipeOrSocket(plain)).isFalse();
        assertThat(Utf8Writer.pipeOrSocket(home.resolve("missing"))).isFalse();
        assertThat(Utf8Writer.pipeOrSocket(Path.of("/dev/null"))).isFalse(); // a device: a write error is an error
    }
}
