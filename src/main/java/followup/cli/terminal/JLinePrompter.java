package followup.cli.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
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
                .parser(JLinePrompter::wholeLine)
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

    /**
     * The answer is one value, spaces and all ("Jane Doe <jane@acme.example>"): completion works on
     * the whole line and never backslash-escapes a space, as JLine's shell-like parser would.
     */
    private static ParsedLine wholeLine(String line, int cursor, Parser.ParseContext context) {
        String upToCursor = line.substring(0, Math.min(cursor, line.length()));
        return new ParsedLine() {
            @Override
            public String word() {
                return upToCursor;
            }

            @Override
            public int wordCursor() {
                return upToCursor.length();
            }

            @Override
            public int wordIndex() {
                return 0;
            }

            @Override
            public List<String> words() {
                return List.of(upToCursor);
            }

            @Override
            public String line() {
                return line;
            }

            @Override
            public int cursor() {
                return cursor;
            }
        };
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
