package followup.cli;

import followup.cli.terminal.Prompter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything a run takes from the outside world, passed in so tests can fix it: the environment
 * variables, today's date, whether stdin/stdout are terminals, the terminal width, how to prompt
 * and how to run an editor.
 */
public record Environment(
        Map<String, String> variables,
        Supplier<LocalDate> today,
        boolean stdinTerminal,
        boolean stdoutTerminal,
        int columns,
        Supplier<Prompter> prompter,
        Editor editor) {

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
