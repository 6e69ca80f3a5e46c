package followup.cli;

import followup.cli.terminal.Prompter;
import java.io.PrintWriter;
import java.io.StringWriter;
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

    public Run editor(Environment.Editor editor) {
        this.editor = editor;
        return this;
    }

    /** The prompts asked so far, in order. */
    public final List<String> asked = new java.util.ArrayList<>();

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Prompter prompter = (label, completions) -> {
            asked.add(label);
            if (answers.isEmpty()) {
                throw new AssertionError("unexpected prompt: " + label);
            }
            return answers.poll();
        };
        Environment environment = new Environment(Map.copyOf(env), () -> today, terminal, terminal, columns,
                () -> prompter, editor);
        int code = Cli.run(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
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
