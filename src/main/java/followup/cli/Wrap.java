package followup.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines fitted to a terminal's width without losing a word (SPEC §6 "today output"), for
 * {@code today}, {@code list} and {@code show} alike: prose wraps between words; a command wraps
 * between its arguments with a shell continuation ({@code \}), so what is copied still runs, and
 * never inside a word or a quoted argument. A width of 0 (a pipe, cron mail) leaves every line
 * whole. A single word wider than the room (a long URL) gets a line of its own and stays whole:
 * broken, it could no longer be copied or clicked, and the terminal shows it all anyway.
 */
final class Wrap {

    private Wrap() {
    }

    /** {@code text} in lines of at most {@code width} columns, each starting with {@code indent}. */
    static List<String> prose(String text, String indent, int width) {
        return fit(words(text), indent, indent, "", width);
    }

    /**
     * {@code text} after {@code first} (a label, say), the lines it wraps onto after {@code rest}
     * (a hanging indent). The spaces between words are kept as written where the line does not
     * break there ({@code "Jane Doe  jane@acme.example"}): unwrapped, the text is as it was.
     */
    static List<String> hanging(String text, String first, String rest, int width) {
        return fit(spaced(text, width), first, rest, "", width);
    }

    /**
     * A shell command in lines of at most {@code width} columns: the first after {@code indent},
     * the rest after {@code indent} and four spaces, each but the last ending in {@code " \"}.
     */
    static List<String> command(String command, String indent, int width) {
        List<String> args = arguments(command);
        List<String> words = new ArrayList<>(2 * args.size());
        for (String arg : args) {
            words.add(" ");
            words.add(arg);
        }
        return fit(words, indent, indent + "    ", " \\", width);
    }

    /**
     * The one routine: {@code words} holds pairs (the space before a word, the word); a line breaks
     * at a space, which is then dropped, when the next word would pass {@code width} less the room
     * for {@code end} (what a broken line ends with).
     */
    private static List<String> fit(List<String> words, String first, String rest, String end, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (int i = 0; i < words.size(); i += 2) {
            String space = words.get(i);
            String w = words.get(i + 1);
            int room = width - end.length();
            if (width > 0 && !empty && length(line) + space.length() + length(w) > room) {
                lines.add(line.append(end).toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(space);
            }
            line.append(w);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    /** The columns a text takes: one per code point (the accents of "Zoë" precomposed). */
    static int length(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }

    /** Each word of {@code text} after one space: runs of white space read as one. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(" ");
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Each word of {@code text} after the white space written before it; at a terminal
     * ({@code width} over 0) a run holding a line break or a tab counts as one space, which is
     * what it shows as once the line is wrapped.
     */
    private static List<String> spaced(String text, int width) {
        List<String> words = new ArrayList<>();
        String s = text.strip();
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int word = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            String space = s.substring(start, word);
            words.add(start == 0 || width > 0 && !space.equals(" ".repeat(space.length())) ? " " : space);
            words.add(s.substring(word, i));
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
