package followup.cli;

import followup.model.Status;
import followup.stats.Days;
import followup.stats.Ratio;
import followup.stats.Stats;
import followup.text.DateText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code stats} for a person: short sections of aligned lines, a bar where a picture says it
 * faster, counts beside every share and "too little data to conclude" where a share would mislead.
 * Colour only through {@link Style} (none for NO_COLOR, pipes and cron).
 */
final class StatsText {

    private static final String TOO_LITTLE = "too little data to conclude";
    /** Eighths of a block, for bars with sub-character precision. */
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    private static final int LABEL = 14;

    private final Style style;
    private final int width;
    private final PrintWriter out;
    /** How many cells a full bar takes. */
    private final int bar;

    StatsText(Style style, int width, PrintWriter out) {
        this.style = style;
        this.width = width;
        this.out = out;
        // room for the label and count (22) and the longest words after the bar (44); 20 when the
        // width is unknown (a pipe, cron mail)
        this.bar = width <= 0 ? 20 : Math.max(6, Math.min(24, width - 66));
    }

    void print(Stats s, Path folder) {
        int n = s.funnel().applications();
        String head = "Your search as of " + DateText.dayAndPaddedYear(s.asOf()) + ": "
                + (s.since() == null ? plural(n, "application")
                        : n + " of " + plural(s.total(), "application") + " active since " + DateText.dayAndPaddedYear(s.since()));
        out.println(style.bold(head));
        if (n == 0) {
            out.println(s.total() == 0
                    ? "No applications in " + folder + " yet. Add one: followup add \"Acme Corp\" --interview today"
                    : "None had any activity since then; try an earlier --since.");
            return;
        }
        out.println(style.dim("Every share has its counts; under " + Stats.MIN_SAMPLE + ", a share is "
                + TOO_LITTLE + "."));
        funnel(s.funnel());
        outcomes(s);
        response(s);
        sources(s);
        discipline(s.discipline());
        feedback(s);
    }

    private void funnel(Stats.Funnel f) {
        section("Funnel");
        int max = f.applications();
        line("applications", f.applications(), max, "");
        line("interviewed", f.interviewed().count(), max, share(f.interviewed(), "application", "applications"));
        line("offer", f.offer().count(), max, share(f.offer(), "interviewed", "interviewed"));
        line("accepted", f.accepted().count(), max, share(f.accepted(), "offer", "offers"));
    }

    private void outcomes(Stats s) {
        section("Where they stand");
        int n = s.funnel().applications();
        for (Status status : Status.values()) {
            int count = s.outcomes().get(status);
            if (count > 0) {
                Ratio r = new Ratio(count, n);
                line(status.id(), count, n, r.enoughData() ? r.percent() + "%" : "");
            }
        }
    }

    private void response(Stats s) {
        Stats.Response r = s.response();
        section("After an interview (" + plural(r.interviewed(), "application") + ")");
        if (r.interviewed() == 0) {
            out.println("  No interviews yet.");
            return;
        }
        out.println("  " + pad("answered") + of(r.answered()) + style.dim("  said something after the first interview"));
        out.println("  " + pad("ghosted") + of(r.ghosted()) + style.dim("  no word for " + s.ghostAfterDays()
                + "+ days after the last interview"));
        if (r.waiting() > 0) {
            out.println("  " + pad("waiting") + value(String.valueOf(r.waiting())) + "     "
                    + style.dim("  no word since the last interview, under " + s.ghostAfterDays() + " days"));
        }
        out.println("  " + pad("first reply") + median(r.firstAnswer(), "after the first interview", "reply", "replies"));
        out.println("  " + pad("decision") + median(r.decision(), "after the first interview", "decision", "decisions"));
    }

    private void sources(Stats s) {
        if (s.bySource().size() < 2) {
            return; // one group is the whole search again
        }
        section("By source");
        Table table = new Table(style, "SOURCE", "APPLICATIONS", "INTERVIEWED", "OFFER", "ANSWERED", "GHOSTED",
                "FIRST REPLY");
        boolean small = false;
        for (Stats.Source src : s.bySource()) {
            Stats.Funnel f = src.funnel();
            Stats.Response r = src.response();
            small |= !f.interviewed().enoughData() || !r.answered().enoughData();
            table.row(src.source() == null ? "(none)" : clean(src.source()), String.valueOf(f.applications()),
                    cell(f.interviewed()), cell(f.offer()), cell(r.answered()), cell(r.ghosted()),
                    r.firstAnswer().enoughData() ? days(r.firstAnswer().median()) : "—");
        }
        StringWriter buffer = new StringWriter();
        PrintWriter w = new PrintWriter(buffer);
        table.print(w, width <= 0 ? 0 : Math.max(20, width - 2));
        w.flush();
        buffer.toString().lines().forEach(l -> out.println("  " + l));
        if (small) {
            out.println(style.dim("  Shares only for " + Stats.MIN_SAMPLE + " or more; smaller groups: "
                    + TOO_LITTLE + "."));
        }
    }

    private void discipline(Stats.Discipline d) {
        section("Your follow-up");
        Stats.Thanks t = d.thanks();
        if (t.days() == 0) {
            out.println("  " + pad("thank-yous") + "no interviews yet");
        } else {
            String words = t.onTime() + " of " + t.days() + " on the day"
                    + (t.onTimeRatio().enoughData() ? " (" + t.onTimeRatio().percent() + "%)" : "")
                    + ", " + t.late() + " late, " + t.never() + " never";
            out.println("  " + pad("thank-yous") + stacked(t) + "  " + words);
            if (t.late() + t.never() > 0) {
                hint("Send it the same day: all five articles say so.");
            }
        }
        Stats.Nudges nudges = d.nudges();
        if (nudges.applications() > 0) {
            out.println("  " + pad("check-ins") + plural(nudges.checkIns(), "check-in") + ", "
                    + plural(nudges.followUps(), "follow-up") + " for " + nudges.applications()
                    + " interviewed: " + decimal(nudges.perApplication()) + " each");
        }
        Stats.MovingOn m = d.movingOn();
        if (m.closed() > 0) {
            out.println("  " + pad("moving on") + m.closed() + " closed"
                    + " after " + decimal(m.perApplication()) + " check-ins or follow-ups each"
                    + (m.withoutNudge() > 0 ? "; " + m.withoutNudge() + " with none" : ""));
            if (m.withoutNudge() > 0) {
                hint("Before moving on, check in once and follow up once (001, 002).");
            }
        }
        Ratio replies = d.rejectionReplies();
        if (replies.of() > 0) {
            out.println("  " + pad("rejections") + replies.count() + " of " + plural(replies.of(), "rejection")
                    + " answered" + (replies.enoughData() ? " (" + replies.percent() + "%)" : ""));
            if (replies.count() < replies.of()) {
                hint("Thank them; ask for feedback and introductions (000, 002, 003).");
            }
        }
    }

    private void feedback(Stats s) {
        int notes = s.feedback().stream().mapToInt(c -> c.notes().size()).sum();
        section("Feedback" + (notes == 0 ? "" : " (" + plural(notes, "note") + " from "
                + plural(s.feedback().size(), "company", "companies") + ")"));
        if (notes == 0) {
            out.println("  None logged yet; 'followup log ID feedback --note TEXT' keeps what they said.");
            return;
        }
        for (Stats.CompanyFeedback c : s.feedback()) {
            out.println("  " + style.bold(clean(c.company())));
            for (Stats.Note note : c.notes()) {
                out.println("    " + DateText.dayPadded(note.date(), s.asOf()) + "  " + (note.note() == null ? style.dim("(no note)") : clean(note.note())));
            }
        }
        if (!s.themes().isEmpty()) {
            List<String> themes = new ArrayList<>();
            for (Stats.Theme t : s.themes()) {
                themes.add("\"" + clean(t.words()) + "\" (" + String.join(", ", t.companies().stream().map(StatsText::clean).toList()) + ")");
            }
            out.println("  Said by more than one company: " + String.join("; ", themes));
            hint("When feedback repeats, work on it or get help (003).");
        }
    }

    // ---- pieces --------------------------------------------------------------------------------

    private void section(String title) {
        out.println();
        out.println(style.bold(title));
    }

    private void hint(String text) {
        out.println(style.dim("  " + " ".repeat(LABEL) + text));
    }

    /** {@code  label  count  bar  words}, the bar scaled so that {@code max} fills it. */
    private void line(String label, int count, int max, String words) {
        String b = bar(count, max);
        String row = "  " + pad(label) + String.format(Locale.ROOT, "%4d", count) + "  " + style.green(b)
                + " ".repeat(bar - b.codePointCount(0, b.length())) + (words.isEmpty() ? "" : "  " + words);
        out.println(row.stripTrailing());
    }

    private String bar(int count, int max) {
        if (max <= 0 || count <= 0) {
            return "";
        }
        int eighths = (int) Math.round((double) count * bar * 8 / max);
        eighths = Math.max(1, eighths); // something is never drawn as nothing
        return "█".repeat(eighths / 8) + EIGHTHS[eighths % 8];
    }

    /** Thank-yous as one bar: on the day █, late ▒, never ░ (shapes, so it reads without colour). */
    private String stacked(Stats.Thanks t) {
        int cells = Math.min(bar, Math.max(t.days(), 1) * 2);
        int onTime = (int) Math.round((double) t.onTime() * cells / t.days());
        int late = (int) Math.round((double) t.late() * cells / t.days());
        int never = Math.max(0, cells - onTime - late);
        return style.green("█".repeat(onTime)) + style.yellow("▒".repeat(late)) + style.red("░".repeat(never))
                + " ".repeat(bar - cells);
    }

    /** "80% of the 10 applications", or the counts with "too little data to conclude". */
    private String share(Ratio r, String one, String many) {
        if (r.of() == 0) {
            return "";
        }
        String of = r.of() == 1 ? one : many;
        if (r.enoughData()) {
            return r.percent() + "% of the " + r.of() + " " + of;
        }
        return style.dim(r.count() + " of " + r.of() + " " + of + ": " + TOO_LITTLE);
    }

    /** "6 of 8     75%", or "2 of 3     too little data to conclude". */
    private String of(Ratio r) {
        return value(r.count() + " of " + r.of()) + (r.enoughData() ? String.format(Locale.ROOT, "%4d%%", r.percent())
                : style.dim(TOO_LITTLE));
    }

    private static String value(String v) {
        return v + " ".repeat(Math.max(1, 10 - v.length()));
    }

    private static String cell(Ratio r) {
        return r.enoughData() ? r.count() + " (" + r.percent() + "%)" : String.valueOf(r.count());
    }

    private String median(Days d, String after, String one, String many) {
        if (d.count() == 0) {
            return style.dim("none yet");
        }
        String counted = d.count() + " " + (d.count() == 1 ? one : many);
        if (!d.enoughData()) {
            return style.dim(counted + ": " + TOO_LITTLE);
        }
        return "median " + days(d.median()) + " " + after + " (" + counted + ")";
    }

    private static String days(double median) {
        String n = median == Math.rint(median) ? String.valueOf((long) median) : String.format(Locale.ROOT, "%.1f", median);
        return n + (median == 1 ? " day" : " days");
    }

    private static String decimal(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String pad(String label) {
        return label + " ".repeat(Math.max(1, LABEL - label.length()));
    }

    private static String plural(int n, String word) {
        return plural(n, word, word + "s");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Text from a file, on one line and without control characters (no terminal escapes). */
    private static String clean(String s) {
        return s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
