package followup.cli.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Prompts on the real terminal with line editing and TAB completion. Built only when a command
 * must ask something: creating a JLine terminal costs about 200 ms, which {@code today} never pays.
 */
public final class JLinePrompter implements Prompter, AutoCloseable {

    private final Terminal terminal;

    public JLinePrompter() {
        try {
            terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String ask(String label, List<String> completions) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .completer(new StringsCompleter(completions))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        try {
            return reader.readLine(label + ": ").strip();
        } catch (EndOfFileException e) {
            return "";
        } catch (UserInterruptException e) {
            throw new PromptCancelled();
        }
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }

    /** Ctrl-C at a prompt: the command stops and writes nothing. */
    public static final class PromptCancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PromptCancelled() {
            super("cancelled; nothing was written");
        }
    }
}
