package followup.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines fitted to a terminal's width without losing a word (SPEC §6 "today output"): prose wraps
 * between words; a command wraps between its arguments with a shell continuation ({@code \}),
 * so what is copied still runs, and never inside a word or a quoted argument. A width of 0 (a
 * pipe, cron mail) leaves every line whole.
 */
final class Wrap {

    private Wrap() {
    }

    /** {@code text} in lines of at most {@code width} columns, each starting with {@code indent}. */
    static List<String> prose(String text, String indent, int width) {
        return fit(words(text), indent, indent, "", width);
    }

    /**
     * A shell command in lines of at most {@code width} columns: the first after {@code indent},
     * the rest after {@code indent} and four spaces, each but the last ending in {@code " \"}.
     */
    static List<String> command(String command, String indent, int width) {
        return fit(arguments(command), indent, indent + "    ", " \\", width);
    }

    private static List<String> fit(List<String> words, String first, String rest, String end, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String w : words) {
            int room = width - end.length();
            if (width > 0 && !empty && line.length() + 1 + w.length() > room) {
                lines.add(line.append(end).toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(w);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The arguments of a command line, a double-quoted one (with its spaces) kept whole. */
    static List<String> arguments(String command) {
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && quoted && i + 1 < command.length()) {
                arg.append(c).append(command.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ' ' && !quoted) {
                if (arg.length() > 0) {
                    args.add(arg.toString());
                    arg.setLength(0);
                }
            } else {
                arg.append(c);
            }
        }
        if (arg.length() > 0) {
            args.add(arg.toString());
        }
        return args;
    }
}
