package followup.cli;

import followup.Trace;
import followup.cli.terminal.Prompter;
import followup.store.Store;
import followup.sync.Programs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Everything a run takes from the outside world, passed in so tests can fix it: the environment
 * variables, today's date, whether stdin/stdout are terminals, the terminal width, how to prompt
 * how to run an editor, how to run other programs (git), the wall clock, and where the time of the
 * run's phases is told ({@link Trace}, from {@code FOLLOWUP_TRACE}).
 */
public record Environment(
        Map<String, String> variables,
        Supplier<LocalDate> today,
        boolean stdinTerminal,
        boolean stdoutTerminal,
        int columns,
        Supplier<Prompter> prompter,
        Editor editor,
        Programs programs,
        LongSupplier wallClock,
        Trace trace) {

    /** The real world's way of running other programs. */
    public Environment(Map<String, String> variables, Supplier<LocalDate> today, boolean stdinTerminal,
            boolean stdoutTerminal, int columns, Supplier<Prompter> prompter, Editor editor) {
        this(variables, today, stdinTerminal, stdoutTerminal, columns, prompter, editor, Programs.SYSTEM);
    }

    /**
     * With the real wall clock: the caches ask it whether a file changed in the last seconds,
     * too recently for its times to show the next change.
     */
    public Environment(Map<String, String> variables, Supplier<LocalDate> today, boolean stdinTerminal,
            boolean stdoutTerminal, int columns, Supplier<Prompter> prompter, Editor editor, Programs programs) {
        this(variables, today, stdinTerminal, stdoutTerminal, columns, prompter, editor, programs, Store.WALL_CLOCK);
    }

    /** Tracing nothing: a run made this way prints no phase times, whatever its variables say. */
    public Environment(Map<String, String> variables, Supplier<LocalDate> today, boolean stdinTerminal,
            boolean stdoutTerminal, int columns, Supplier<Prompter> prompter, Editor editor, Programs programs,
            LongSupplier wallClock) {
        this(variables, today, stdinTerminal, stdoutTerminal, columns, prompter, editor, programs, wallClock, Trace.OFF);
    }

    /** Runs a person's editor on a file and waits for it. */
    @FunctionalInterface
    public interface Editor {
        /** @return the editor's exit code */
        int edit(List<String> command, Path file) throws IOException, InterruptedException;
    }

    public String variable(String name) {
        String v = variables.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
