package followup.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Aligned columns for a person. When the terminal width is known, the widest column that can
 * give is cut with an ellipsis so every row stays on one line; with no terminal (a pipe, cron
 * mail) nothing is cut.
 */
final class Table {

    private final Style style;
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();
    private final List<UnaryOperator<String>> colours = new ArrayList<>();
    private boolean[] flexible;

    Table(Style style, String... headers) {
        this.style = style;
        this.headers = headers;
    }

    /** Only these columns may be cut to fit (default: any). */
    Table flex(int... columns) {
        flexible = new boolean[headers.length];
        for (int c : columns) {
            flexible[c] = true;
        }
        return this;
    }

    /** Adds a row; {@code colour} paints its first cell (the state). */
    void row(UnaryOperator<String> colour, String... cells) {
        rows.add(cells);
        colours.add(colour);
    }

    void row(String... cells) {
        row(UnaryOperator.identity(), cells);
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
                line.append(i == 0 ? colours.get(r).apply(cell) : cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Takes columns in from the widest until the row fits (two spaces between columns). */
    private static void shrink(int[] w, int width, boolean[] flexible) {
        int total = 0;
        for (int x : w) {
            total += x + 2;
        }
        while (total - 2 > width) {
            int widest = -1;
            for (int i = 0; i < w.length; i++) {
                if ((flexible == null || flexible[i]) && (widest < 0 || w[i] > w[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return;
            }
            if (w[widest] <= 8) {
                return; // too narrow to help: let the terminal wrap
            }
            w[widest]--;
            total--;
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
