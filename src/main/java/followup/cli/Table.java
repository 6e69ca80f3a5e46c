package followup.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Aligned columns for a person, fitted to the terminal without losing a word (the rules of SPEC §6
 * "today output"): when the rows are wider than the terminal, the widest columns narrow and their
 * cells wrap between words ({@link Wrap}); when even a column per longest word cannot fit, each row
 * becomes a block of {@code header: cell} lines under its first cell. With no terminal (a pipe,
 * cron mail) every row is one line, whole.
 */
final class Table {

    private static final int GAP = 2;

    /** A space a cell is never broken at ("Fri 27 Nov" kept on one line); printed as a space. */
    static final char GLUE = '\u00a0';

    private final Style style;
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    Table(Style style, String... headers) {
        this.style = style;
        this.headers = headers;
    }

    void row(String... cells) {
        rows.add(cells);
    }

    /** @param width the terminal width, 0 when unknown (nothing wraps) */
    void print(PrintWriter out, int width) {
        int n = headers.length;
        int[] w = new int[n];
        int[] floor = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = Wrap.length(headers[i]);
            floor[i] = w[i];
        }
        for (String[] r : rows) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], Wrap.length(r[i]));
                for (String word : r[i].split("\\s+")) {
                    floor[i] = Math.max(floor[i], Wrap.length(word));
                }
            }
        }
        if (width > 0 && !narrow(w, floor, width)) {
            blocks(out, width);
            return;
        }
        line(out, headers, w, true);
        for (String[] r : rows) {
            line(out, r, w, false);
        }
    }

    /**
     * Narrows the columns a column at a time, never below a column's longest word, until a row fits
     * in {@code width}: each time the one whose narrowing adds the fewest lines to the table (the
     * widest of those), so cells wrap where it costs least. False when it cannot fit.
     */
    private boolean narrow(int[] w, int[] floor, int width) {
        int total = (w.length - 1) * GAP;
        for (int x : w) {
            total += x;
        }
        int least = (w.length - 1) * GAP;
        for (int x : floor) {
            least += x;
        }
        if (total <= width || least > width) {
            return least <= width;
        }
        // lines[c][k][r]: how many lines row r's cell in column c takes at width floor[c] + k,
        // worked out the first time that width is tried
        int[][][] lines = new int[w.length][][];
        for (int c = 0; c < w.length; c++) {
            lines[c] = new int[w[c] - floor[c] + 1][];
        }
        while (total > width) {
            int best = -1;
            long bestLines = Long.MAX_VALUE;
            for (int c = 0; c < w.length; c++) {
                if (w[c] == floor[c]) {
                    continue;
                }
                w[c]--;
                long height = height(lines, w, floor);
                w[c]++;
                if (height < bestLines || height == bestLines && w[c] > w[best]) {
                    best = c;
                    bestLines = height;
                }
            }
            if (best < 0) {
                return false;
            }
            w[best]--;
            total--;
        }
        return true;
    }

    /** The lines the rows take with the columns {@code w} wide. */
    private long height(int[][][] lines, int[] w, int[] floor) {
        for (int c = 0; c < w.length; c++) {
            int k = w[c] - floor[c];
            if (lines[c][k] == null) {
                lines[c][k] = new int[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    lines[c][k][r] = Wrap.hanging(rows.get(r)[c], "", "", w[c]).size();
                }
            }
        }
        long height = 0;
        for (int r = 0; r < rows.size(); r++) {
            int tallest = 1;
            for (int c = 0; c < w.length; c++) {
                tallest = Math.max(tallest, lines[c][w[c] - floor[c]][r]);
            }
            height += tallest;
        }
        return height;
    }

    /** One row, its cells wrapped to their columns and set side by side; the header dim. */
    private void line(PrintWriter out, String[] cells, int[] w, boolean header) {
        int n = cells.length;
        List<List<String>> wrapped = new ArrayList<>(n);
        int height = 0;
        for (int i = 0; i < n; i++) {
            List<String> lines = Wrap.hanging(cells[i], "", "", w[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int k = 0; k < height; k++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String cell = k < wrapped.get(i).size() ? wrapped.get(i).get(k) : "";
                line.append(cell);
                if (i < n - 1) {
                    line.append(" ".repeat(Math.max(0, w[i] - Wrap.length(cell)) + GAP));
                }
            }
            String text = line.toString().stripTrailing().replace(GLUE, ' ');
            out.println(header ? style.dim(text) : text);
        }
    }

    /** Each row as a block: its first cell, then a {@code header: cell} line (wrapped) for each other. */
    private void blocks(PrintWriter out, int width) {
        boolean first = true;
        for (String[] r : rows) {
            if (!first) {
                out.println();
            }
            first = false;
            for (String line : Wrap.prose(r[0], "", width)) {
                out.println(line.replace(GLUE, ' '));
            }
            for (int i = 1; i < r.length; i++) {
                String label = "  " + headers[i].toLowerCase(Locale.ROOT) + ": ";
                for (String line : Wrap.hanging(r[i], label, "    ", width)) {
                    out.println(line.replace(GLUE, ' '));
                }
            }
        }
    }
}
