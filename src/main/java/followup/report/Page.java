package followup.report;

import followup.model.Application;
import followup.schedule.Action;
import followup.stats.Journey;
import followup.text.DateText;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The whole report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched
 * (its Content-Security-Policy forbids both), so it reads the same offline, as a mail attachment
 * and on paper. Sections: what needs you now, where the applications went, one timeline each, and
 * your follow-up habits.
 */
public final class Page {

    private Page() {
    }

    /** The page of {@code report}. Pure: the same report gives the same bytes. */
    public static String html(Report report) {
        String day = DateText.dayAndYear(report.today());
        int n = report.journeys().size();
        List<Journey> attention = new Timelines(report).order().stream().filter(report::needsAttention).toList();
        long open = report.journeys().stream().filter(j -> j.end().open()).count();

        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"color-scheme\" content=\"light dark\"><title>")
                .text("Your search as of " + day + " — followup report").raw("</title><style>").raw(Css.STYLE)
                .raw("</style></head>\n<body><main>\n<header><h1>").text("Your search as of " + day).raw("</h1>")
                .raw("<p class=\"lede\">").text(n + (n == 1 ? " application" : " applications") + ": " + open
                        + " open, " + (n - open) + " ended; " + attention.size() + " need"
                        + (attention.size() == 1 ? "s" : "") + " your attention.").raw("</p></header>\n");

        h.raw("<section id=\"attention\"><h2>Needs attention</h2>");
        if (attention.isEmpty()) {
            h.raw("<p>Nothing is due and nothing has gone quiet.</p>");
        } else {
            h.raw("<ul class=\"attention-list\">");
            for (Journey j : attention) {
                h.raw("<li><strong>").text(company(j.application())).raw("</strong>: ").text(why(report, j))
                        .raw("</li>");
            }
            h.raw("</ul>");
        }
        h.raw("</section>\n");

        h.raw("<section id=\"flow\" class=\"flow-section\"><h2>Where the applications went</h2>")
                .raw("<p class=\"muted\">Each band is drawn to scale: its thickness is the number of applications"
                        + " that took it.</p>")
                .raw(FlowDiagram.svg(report.flow())).raw("</section>\n");

        h.raw("<section id=\"timelines\"><h2>Timelines</h2>").raw(new Timelines(report).html()).raw("</section>\n");

        h.raw("<section id=\"habits\"><h2>Your follow-up habits</h2>").raw(Habits.html(report.stats()))
                .raw("</section>\n");

        h.raw("<footer>Made by <code>followup report</code> as of ").text(day)
                .raw(". The same figures as <code>followup stats</code>; the next actions as <code>followup today"
                        + "</code> lists them.</footer>\n</main></body></html>\n");
        return h.toString();
    }

    static String company(Application a) {
        return a.company() == null || a.company().isBlank() ? a.id() : a.company();
    }

    /** Why a row needs attention, in words: its due action, its silence, or both. */
    private static String why(Report report, Journey j) {
        StringBuilder sb = new StringBuilder();
        Action a = report.next(j);
        if (a != null && !a.due().isAfter(report.today())) {
            sb.append(a.type().id()).append(a.to() != null ? " (" + a.to() + ")" : "").append(", ")
                    .append(Timelines.when(a.due(), report.today()));
        }
        if (j.quietSince() != null) {
            sb.append(sb.length() == 0 ? "" : "; ").append("gone quiet: no word for ")
                    .append(ChronoUnit.DAYS.between(j.quietSince(), report.today())).append(" days since the interview of ")
                    .append(DateText.day(j.quietSince(), report.today()));
        }
        return sb.toString();
    }
}
