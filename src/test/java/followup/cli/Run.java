package followup.cli;

import followup.cli.terminal.Prompter;
import followup.sync.Programs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/**
 * Runs followup in-process through the same factory and error handler as {@code main}, with a
 * fixed date, a private environment, no terminal unless asked, and a scripted prompter/editor.
 */
public final class Run {

    private final Map<String, String> env = new HashMap<>();
    private LocalDate today = LocalDate.of(2026, 11, 23);
    private boolean terminal;
    private java.util.function.LongSupplier wallClock = followup.store.Store.WALL_CLOCK;
    private int columns;
    private final Deque<String> answers = new ArrayDeque<>();
    private Environment.Editor editor = (command, file) -> {
        throw new AssertionError("no editor scripted");
    };

    /** A run against {@code home} (as FOLLOWUP_HOME), today 2026-11-23, no terminal. */
    public static Run in(Path home) {
        Run r = new Run();
        r.env.put("FOLLOWUP_HOME", home.toString());
        r.env.put("HOME", home.resolve("user-home").toString());
        return r;
    }

    /**
     * Runs as if the files had been written a minute before each run, long enough ago for the
     * caches (index, answers) to trust their times; without it, files just written are never kept.
     */
    public Run settled() {
        this.wallClock = () -> System.currentTimeMillis() * 1_000_000L + 60_000_000_000L;
        return this;
    }

    public Run today(LocalDate date) {
        this.today = date;
        return this;
    }

    public Run env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Pretend stdin and stdout are a terminal of this width; prompts answer from {@code answers}. */
    public Run terminal(int width, String... scripted) {
        this.terminal = true;
        this.columns = width;
        answers.addAll(List.of(scripted));
        return this;
    }

    /**
     * The command that runs followup again (what {@code followup git init} records as git's merge
     * driver), in place of this JVM with the test class path.
     */
    public Run self(List<String> command) {
        this.self = List.copyOf(command);
        return this;
    }

    private List<String> self;

    public Run editor(Environment.Editor editor) {
        this.editor = editor;
        return this;
    }

    /** The prompts asked so far, in order. */
    public final List<String> asked = new java.util.ArrayList<>();

    /** Why answers were refused (and asked again), in order. */
    public final List<String> refused = new java.util.ArrayList<>();

    /** A scripted answer that is Ctrl-C at that prompt. */
    public static final String CTRL_C = "\u0003";

    /** Every program started so far (git, mostly), in order. */
    public final List<List<String>> spawned = new java.util.ArrayList<>();

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        Result r = run(new PrintWriter(out), args);
        return new Result(r.code(), out.toString(), r.err());
    }

    /**
     * Runs with standard output written to {@code stdout} through the writer {@code main} uses
     * (UTF-8, its write errors kept); what reaches the stream is the caller's to look at, so the
     * result's {@code out} is empty.
     */
    public Result runTo(java.io.OutputStream stdout, String... args) {
        return run(new Utf8Writer(stdout, false), args);
    }

    /** Runs with {@code outWriter} as standard output; the result's {@code out} is empty. */
    public Result run(PrintWriter outWriter, String... args) {
        StringWriter err = new StringWriter();
        Prompter prompter = new Prompter() {
            @Override
            public String ask(String label, List<String> completions) {
                asked.add(label);
                if (answers.isEmpty()) {
                    throw new AssertionError("unexpected prompt: " + label);
                }
                String answer = answers.poll();
                if (answer.equals(CTRL_C)) {
                    throw new Prompter.Cancelled();
                }
                return answer;
            }

            @Override
            public void refuse(String reason) {
                refused.add(reason);
            }
        };
        PrintWriter errWriter = new PrintWriter(err);
        Environment environment = new Environment(Map.copyOf(env), () -> today, terminal, terminal, columns,
                () -> prompter, editor, new CountedPrograms(outWriter, errWriter), wallClock);
        int code = Cli.run(environment, outWriter, errWriter, args);
        return new Result(code, "", err.toString());
    }

    /**
     * Real processes, counted; what an "interactive" one prints goes to the run's stdout and stderr
     * instead of the terminal, so tests can read {@code followup git} output.
     */
    private final class CountedPrograms implements Programs {
        private final PrintWriter out;
        private final PrintWriter err;

        CountedPrograms(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public int interactive(List<String> command, Map<String, String> variables) throws IOException, InterruptedException {
            spawned.add(command);
            Path stdout = Files.createTempFile("followup-test", ".out");
            Path stderr = Files.createTempFile("followup-test", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                builder.environment().clear();
                builder.environment().putAll(variables);
                int code = builder.start().waitFor();
                out.print(Files.readString(stdout, StandardCharsets.UTF_8));
                err.print(Files.readString(stderr, StandardCharsets.UTF_8));
                return code;
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        }

        @Override
        public Captured captured(List<String> command, Map<String, String> variables) throws IOException, InterruptedException {
            spawned.add(command);
            return Programs.SYSTEM.captured(command, variables);
        }

        @Override
        public List<String> self() {
            return self != null ? self : Programs.SYSTEM.self();
        }
    }

    /** What a run printed and returned. */
    public record Result(int code, String out, String err) {
    }

    public static ResultAssert assertThat(Result actual) {
        return new ResultAssert(actual);
    }

    /** {@code assertThat(run("today")).succeeded().outContains("thanks")}. */
    public static final class ResultAssert extends AbstractAssert<ResultAssert, Result> {
        ResultAssert(Result actual) {
            super(actual, ResultAssert.class);
        }

        public ResultAssert exitsWith(int code) {
            if (actual.code() != code) {
                failWithMessage("expected exit %s but was %s%nstdout:%n%s%nstderr:%n%s", code, actual.code(),
                        actual.out(), actual.err());
            }
            return this;
        }

        public ResultAssert succeeded() {
            return exitsWith(0);
        }

        public ResultAssert outContains(String... parts) {
            Assertions.assertThat(actual.out()).as("stdout").contains(parts);
            return this;
        }

        public ResultAssert errContains(String... parts) {
            Assertions.assertThat(actual.err()).as("stderr").contains(parts);
            return this;
        }

        public ResultAssert outIs(String expected) {
            Assertions.assertThat(actual.out()).as("stdout").isEqualTo(expected);
            return this;
        }

        public ResultAssert errIsEmpty() {
            Assertions.assertThat(actual.err()).as("stderr").isEmpty();
            return this;
        }

        public ResultAssert noStackTrace() {
            Assertions.assertThat(actual.err()).as("stderr").doesNotContain("\tat ", "Exception in");
            return this;
        }
    }
}
