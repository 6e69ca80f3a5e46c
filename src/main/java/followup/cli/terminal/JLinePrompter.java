package followup.cli.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.CompletingParsedLine;
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

    /**
     * JLine reports its own troubles (no native terminal, a fallback) through java.util.logging,
     * which prints them between the person's prompts; none of them is theirs to act on. Held here
     * so the level set stays set (the logging framework keeps only weak references).
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private final Terminal terminal;

    public JLinePrompter() {
        JLINE_LOG.setLevel(Level.OFF);
        try {
            terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ctrl-D at the prompt is taken as an empty answer (rm and edit's yes/no questions). */
    @Override
    public String ask(String label, List<String> completions) {
        try {
            return read(label, completions, null);
        } catch (EndOfFileException e) {
            return "";
        }
    }

    /**
     * Asks again after a wrong answer with what was typed already on the line, to be mended rather
     * than typed again; Ctrl-D here stops the command as Ctrl-C does.
     */
    @Override
    public String ask(String label, List<String> completions, Function<String, String> check) {
        String typed = null;
        while (true) {
            String answer;
            try {
                answer = read(label, completions, typed);
            } catch (EndOfFileException e) {
                throw new Cancelled();
            }
            if (answer.isEmpty()) {
                return "";
            }
            String wrong = check.apply(answer);
            if (wrong == null) {
                return answer;
            }
            refuse(wrong);
            typed = answer;
        }
    }

    @Override
    public void refuse(String reason) {
        terminal.writer().println("  " + reason);
        terminal.flush();
    }

    private String read(String label, List<String> completions, String typed) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .completer(new StringsCompleter(completions))
                .parser(new WholeLine())
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        try {
            return reader.readLine(label + ": ", null, (Character) null, typed).strip();
        } catch (UserInterruptException e) {
            throw new Cancelled();
        }
    }

    /**
     * The answer is one value, spaces and all ("Jane Doe <jane@acme.example>"): completion works on
     * the whole line and never backslash-escapes a space, as JLine's shell-like parser would. Its
     * lines are {@link CompletingParsedLine}s, which JLine wants for completion (without, it warns
     * on the terminal before every prompt).
     */
    private static final class WholeLine implements Parser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            String upToCursor = line.substring(0, Math.min(cursor, line.length()));
            return new CompletingParsedLine() {
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

                @Override
                public CharSequence escape(CharSequence candidate, boolean complete) {
                    return candidate;
                }

                @Override
                public int rawWordCursor() {
                    return upToCursor.length();
                }

                @Override
                public int rawWordLength() {
                    return upToCursor.length();
                }
            };
        }
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
