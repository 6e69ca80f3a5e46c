package followup.report;

import static followup.report.Html.num;

import followup.model.Application;
import followup.schedule.Action;
import followup.stats.Journey;
import followup.stats.Journey.Kind;
import followup.stats.Journey.Mark;
import followup.text.DateText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One row per application on one shared date axis: interviews, what you sent, what they answered,
 * the outcome and the next action due, each a shape named in the legend and in its tooltip. The
 * rows that need you (an action due, or gone quiet) come first and stand out in words as well.
 */
final class Timelines {

    static final int WIDTH = 640;
    private static final int HEIGHT = 32;
    private static final double PAD = 10;
    private static final double MID = 16;
    /** The axis reaches at most this far past T; later actions sit at its end, with their date in words. */
    private static final int AHEAD_DAYS = 45;

    private final Report report;
    private final LocalDate start;
    private final LocalDate end;

    Timelines(Report report) {
        this.report = report;
        LocalDate today = report.today();
        LocalDate first = today.minusDays(14);
        LocalDate last = today.plusDays(7);
        for (Journey j : report.journeys()) {
            for (Mark m : j.marks()) {
                first = m.date().isBefore(first) ? m.date() : first;
                last = m.date().isAfter(last) ? m.date() : last;
            }
            Action a = report.next(j);
            if (a != null) {
                first = a.due().isBefore(first) ? a.due() : first;
                last = a.due().isAfter(last) ? a.due() : last;
            }
        }
        LocalDate cap = today.plusDays(AHEAD_DAYS);
        this.start = first.withDayOfMonth(1);
        this.end = last.isAfter(cap) ? cap : last;
    }

    /** The rows: those that need you first (soonest due first), then the open ones, then the ended. */
    List<Journey> order() {
        List<Journey> rows = new ArrayList<>(report.journeys());
        rows.sort(Comparator.comparing((Journey j) -> !report.needsAttention(j))
                .thenComparing(j -> !j.end().open())
                .thenComparing(j -> report.next(j) == null ? LocalDate.MAX : report.next(j).due())
                .thenComparing(j -> j.application().id()));
        return rows;
    }

    String html() {
        Html h = new Html();
        h.raw(legend());
        h.raw("<ol class=\"rows\">");
        h.raw("<li class=\"row axis\" aria-hidden=\"true\"><div class=\"who\"></div>").raw(axis()).raw("</li>");
        for (Journey j : order()) {
            row(h, j);
        }
        return h.raw("</ol>").toString();
    }

    private void row(Html h, Journey j) {
        Application app = j.application();
        LocalDate today = report.today();
        boolean needs = report.needsAttention(j);
        h.raw("<li class=\"row" + (needs ? " needs" : "") + "\" data-id=\"").text(app.id()).raw("\"><div class=\"who\">");
        h.element("span", "company", Page.company(app));
        if (app.role() != null && !app.role().isBlank()) {
            h.raw(" <span class=\"muted\">— ").text(app.role()).raw("</span>");
        }
        h.raw("<br><span class=\"status\">").text(FlowDiagram.label(j.end()).toLowerCase(java.util.Locale.ROOT))
                .raw("</span>");
        if (needs) {
            h.raw(" <span class=\"badge attention\">needs attention</span>");
        }
        if (j.quietSince() != null) {
            h.raw(" <span class=\"badge attention\">gone quiet: no word for "
                    + ChronoUnit.DAYS.between(j.quietSince(), today) + " days</span>");
        }
        Action a = report.next(j);
        if (a != null) {
            boolean due = !a.due().isAfter(today);
            h.raw("<br><span class=\"next" + (due ? " due" : "") + "\">next: ").text(a.type().id()
                    + (a.to() != null ? " (" + a.to() + ")" : "") + ", " + when(a.due(), today)).raw("</span>");
        }
        h.raw("</div>");
        track(h, j, a);
        h.raw("</li>");
    }

    static String when(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return "overdue since " + DateText.day(due, today);
        }
        return due.equals(today) ? "due today" : "due " + DateText.day(due, today);
    }

    private void track(Html h, Journey j, Action next) {
        LocalDate today = report.today();
        h.raw("<svg class=\"track\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"")
                .text("Timeline of " + j.application().id()).raw("\">");
        List<Mark> marks = j.marks();
        if (!marks.isEmpty()) {
            LocalDate last = j.end().open() ? today : marks.get(marks.size() - 1).date();
            h.raw(line("span", x(marks.get(0).date()), x(last)));
        }
        if (j.quietSince() != null) {
            h.raw(line("silence", x(j.quietSince()), x(today)));
        }
        h.raw("<line class=\"today\" x1=\"" + num(x(today)) + "\" y1=\"0\" x2=\"" + num(x(today)) + "\" y2=\""
                + HEIGHT + "\"/>");
        for (Mark m : marks) {
            mark(h, m);
        }
        if (next != null) {
            double nx = x(next.due().isAfter(end) ? end : next.due());
            String cls = "m-next" + (next.due().isAfter(today) ? " upcoming" : "");
            h.raw("<g><title>").text("next: " + next.type().id() + ", " + when(next.due(), today))
                    .raw("</title><rect class=\"" + cls + "\" x=\"" + num(nx - 5) + "\" y=\"" + num(MID - 5)
                            + "\" width=\"10\" height=\"10\" rx=\"2\"/><text x=\"" + num(nx) + "\" y=\"" + num(MID + 3.5)
                            + "\" text-anchor=\"middle\" font-size=\"9\" font-weight=\"700\">!</text></g>");
        }
        h.raw("</svg>");
    }

    private void mark(Html h, Mark m) {
        double x = x(m.date());
        String tip = DateText.day(m.date(), report.today()) + ": " + m.what();
        h.raw("<g><title>").text(tip).raw("</title>").raw(shape(m.kind(), x, m.what())).raw("</g>");
    }

    /** The shape of a mark of {@code kind} centred on {@code x}; also used by the legend. */
    static String shape(Kind kind, double x, String what) {
        double y = MID;
        return switch (kind) {
            case APPLIED -> "<rect class=\"m-applied\" x=\"" + num(x - 4) + "\" y=\"" + num(y - 4)
                    + "\" width=\"8\" height=\"8\"/>";
            case INTERVIEW -> "<circle class=\"m-interview\" cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"5\"/>";
            case BOOKED -> "<circle class=\"m-booked\" cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"5\"/>";
            case SENT -> "<path class=\"m-sent\" d=\"M" + num(x) + "," + num(y - 15) + " l5,8 h-10 Z\"/>";
            case ANSWER -> "<path class=\"m-answer\" d=\"M" + num(x) + "," + num(y + 15) + " l5,-8 h-10 Z\"/>";
            case OUTCOME -> "<path class=\"m-outcome " + Html.escape(what) + "\" d=\"M" + num(x) + "," + num(y - 7)
                    + " l7,7 l-7,7 l-7,-7 Z\"/>";
        };
    }

    private static String line(String cls, double x1, double x2) {
        return "<line class=\"" + cls + "\" x1=\"" + num(x1) + "\" y1=\"" + num(MID) + "\" x2=\"" + num(x2)
                + "\" y2=\"" + num(MID) + "\"/>";
    }

    private double x(LocalDate date) {
        LocalDate d = date.isBefore(start) ? start : date.isAfter(end) ? end : date;
        double span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        return PAD + (WIDTH - 2 * PAD) * ChronoUnit.DAYS.between(start, d) / span;
    }

    /** Month ticks and today, in the same coordinates as every row. */
    private String axis() {
        Html h = new Html();
        h.raw("<svg viewBox=\"0 0 " + WIDTH + " 22\">");
        long months = ChronoUnit.MONTHS.between(start, end) + 1;
        int step = (int) Math.max(1, (months + 7) / 8);
        for (LocalDate m = start; !m.isAfter(end); m = m.plusMonths(step)) {
            double x = x(m);
            String name = DateText.day(m).substring(DateText.day(m).lastIndexOf(' ') + 1)
                    + (m.getMonthValue() == 1 || m.equals(start) ? " " + m.getYear() : "");
            h.raw("<line class=\"tick\" x1=\"" + num(x) + "\" y1=\"14\" x2=\"" + num(x) + "\" y2=\"22\"/>")
                    .raw("<text x=\"" + num(x + 3) + "\" y=\"12\">").text(name).raw("</text>");
        }
        double t = x(report.today());
        h.raw("<line class=\"today\" x1=\"" + num(t) + "\" y1=\"14\" x2=\"" + num(t) + "\" y2=\"22\"/>")
                .raw("<text class=\"today-label halo\" x=\"" + num(t) + "\" y=\"12\" text-anchor=\"middle\">")
                .text("as of " + DateText.day(report.today()).substring(4)).raw("</text>");
        return h.raw("</svg>").toString();
    }

    private static String legend() {
        Html h = new Html();
        h.raw("<ul class=\"legend\">");
        item(h, shape(Kind.APPLIED, 10, ""), "applied");
        item(h, shape(Kind.INTERVIEW, 10, ""), "interview");
        item(h, shape(Kind.BOOKED, 10, ""), "interview booked");
        item(h, shape(Kind.SENT, 10, ""), "you sent (thanks, check-in…)");
        item(h, shape(Kind.ANSWER, 10, ""), "they answered");
        item(h, shape(Kind.OUTCOME, 10, "offer"), "outcome (offer, rejection…)");
        item(h, "<rect class=\"m-next\" x=\"5\" y=\"11\" width=\"10\" height=\"10\" rx=\"2\"/>", "next action due");
        item(h, "<line class=\"silence\" x1=\"1\" y1=\"16\" x2=\"19\" y2=\"16\"/>", "gone quiet");
        item(h, "<line class=\"today\" x1=\"10\" y1=\"2\" x2=\"10\" y2=\"30\"/>", "as-of date");
        return h.raw("</ul>").toString();
    }

    private static void item(Html h, String svg, String words) {
        h.raw("<li><svg class=\"track\" viewBox=\"0 0 20 32\" aria-hidden=\"true\">").raw(svg).raw("</svg>")
                .text(words).raw("</li>");
    }
}
