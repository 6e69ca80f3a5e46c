package followup.sync;

import followup.store.YamlDocument;
import java.util.ArrayList;
import java.util.List;

/** A side's text as lines, each with its line break, as the merge cuts, moves and joins them. */
final class Lines {

    private Lines() {
    }

    /** The lines of a text, each with its line break, split where YAML (and so SnakeYAML) splits them. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        int[] starts = YamlDocument.lineStarts(text);
        for (int i = 0; i < starts.length; i++) {
            lines.add(text.substring(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length()));
        }
        return lines;
    }

    static int lineOf(List<String> lines, int offset) {
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            start += lines.get(i).length();
            if (offset < start) {
                return i;
            }
        }
        return lines.size() - 1;
    }

    static int startOf(List<String> lines, int line) {
        int start = 0;
        for (int i = 0; i < line; i++) {
            start += lines.get(i).length();
        }
        return start;
    }

    static String lineBreak(String line) {
        return line.substring(stripBreak(line).length());
    }

    static String stripBreak(String line) {
        int end = line.length();
        while (end > 0 && "\r\n\u0085\u2028\u2029".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(0, end);
    }

    /**
     * Moves lines from column {@code from} to column {@code to}: every line loses up to {@code from}
     * leading spaces and gains {@code to}; empty lines stay empty. A uniform shift keeps YAML's
     * meaning (block scalars included), since only relative indentation counts.
     */
    static List<String> shift(List<String> lines, int from, int to) {
        List<String> out = new ArrayList<>(lines.size());
        String pad = " ".repeat(to);
        for (String line : lines) {
            String content = stripBreak(line);
            if (content.isEmpty()) {
                out.add(line);
                continue;
            }
            int spaces = 0;
            while (spaces < from && spaces < content.length() && content.charAt(spaces) == ' ') {
                spaces++;
            }
            out.add(pad + line.substring(spaces));
        }
        return out;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Appends lines, giving the line before a break when it had none (a file's last line). */
    static void append(StringBuilder out, List<String> lines, String newline) {
        for (String line : lines) {
            char last = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
            if ("\r\n\u0085\u2028\u2029\uFEFF".indexOf(last) < 0) {
                out.append(newline);
            }
            out.append(line);
        }
    }
}

