package followup.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for a person. When the terminal width is known, the widest column that can
 * give is cut with an ellipsis so every row stays on one line; with no terminal (a pipe, cron
 * mail) nothing is cut.
 */
final class Table {

    private final Style style;
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> colours = new ArrayList<>();
    private int[] flexible;

    Table(Style style, String... headers) {
        this.style = style;
        this.headers = headers;
    }

    /**
     * Only these columns may be cut to fit, the first given first: each gives way down to a
     * readable floor before the next does (default: the widest of all columns gives way).
     */
    Table flex(int... columns) {
        flexible = columns.clone();
        return this;
    }

    /** Adds a row whose first cell (the state) is painted in {@code colour} (a {@link Style} colour, or null). */
    void painted(String colour, String... cells) {
        rows.add(cells);
        colours.add(colour);
    }

    void row(String... cells) {
        painted(null, cells);
    }

    /** @param width the terminal width, 0 when unknown (nothing is cut) */
    void print(PrintWriter out, int width) {
        int n = headers.length;
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = headers[i].length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], length(r[i]));
            }
        }
        if (width > 0) {
            shrink(w, width, flexible);
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < n; i++) {
            head.append(pad(fit(headers[i], w[i]), w[i], i == n - 1));
        }
        out.println(style.dim(head.toString().stripTrailing()));
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String cell = pad(fit(rows.get(r)[i], w[i]), w[i], i == n - 1);
                line.append(i == 0 ? style.paint(colours.get(r), cell) : cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Cuts columns until the row fits (two spaces between columns). */
    private static void shrink(int[] w, int width, int[] flexible) {
        int total = -2;
        for (int x : w) {
            total += x + 2;
        }
        int[] order = flexible;
        if (order == null) {
            order = new int[w.length];
            for (int i = 0; i < w.length; i++) {
                order[i] = i;
            }
        }
        // first each flexible column in turn down to a readable floor, then all of them to 8
        for (int floor : new int[] {20, 8}) {
            for (int c : order) {
                int cut = Math.min(total - width, w[c] - floor);
                if (cut > 0) {
                    w[c] -= cut;
                    total -= cut;
                }
            }
        }
    }

    private static String fit(String s, int width) {
        return length(s) <= width ? s : s.substring(0, s.offsetByCodePoints(0, Math.max(0, width - 1))) + "…";
    }

    private static String pad(String s, int width, boolean last) {
        if (last) {
            return s;
        }
        return s + " ".repeat(Math.max(0, width - length(s))) + "  ";
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
