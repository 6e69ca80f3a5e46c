package followup.report;

import followup.stats.Days;
import followup.stats.Ratio;
import followup.stats.Stats;
import java.util.Locale;

/**
 * The follow-up habits of {@code stats}, as cards and a table: the same figures, and the same
 * honesty — a share or median over fewer than {@link Stats#MIN_SAMPLE} is shown as counts, with
 * "too little data to conclude", never as a percentage that would mislead.
 */
final class Habits {

    static final String TOO_LITTLE = "too little data to conclude";

    private Habits() {
    }

    static String html(Stats s) {
        Html h = new Html();
        h.raw("<p class=\"muted\">Every share has its counts; under " + Stats.MIN_SAMPLE
                + ", a share is " + TOO_LITTLE + ".</p><div class=\"habits\">");
        Stats.Thanks thanks = s.discipline().thanks();
        card(h, "Thank-yous on the day", thanks.onTimeRatio(), "interview days",
                thanks.late() + " late, " + thanks.never() + " never");
        Stats.Nudges nudges = s.discipline().nudges();
        h.raw("<div class=\"habit\"><h3>Check-ins and follow-ups</h3><p class=\"figure\">")
                .text(plural(nudges.checkIns(), "check-in") + ", " + plural(nudges.followUps(), "follow-up"))
                .raw("</p><p>").text(nudges.perApplication() == null ? "no interviewed application yet"
                        : String.format(Locale.ROOT, "%.1f each for %d interviewed", nudges.perApplication(),
                                nudges.applications()))
                .raw("</p></div>");
        card(h, "Rejections answered", s.discipline().rejectionReplies(), "rejections",
                "thank them; ask for feedback and introductions");
        days(h, "Days to a first reply", s.response().firstAnswer(), "replies", "counted from the first interview");
        card(h, "Answered after an interview", s.response().answered(), "interviewed",
                s.response().waiting() + " still waiting, " + s.response().ghosted().count() + " gone quiet for "
                        + s.ghostAfterDays() + "+ days");
        h.raw("</div>");
        bySource(h, s);
        return h.toString();
    }

    /** A share as a figure and a meter when there is enough data, else its counts and why not. */
    private static void card(Html h, String title, Ratio r, String of, String more) {
        h.raw("<div class=\"habit\"><h3>").text(title).raw("</h3>");
        if (r.of() == 0) {
            h.raw("<p class=\"figure\">—</p><p>").text("no " + of + " yet").raw("</p>");
        } else if (r.enoughData()) {
            h.raw("<p class=\"figure\">" + r.percent() + "%</p><div class=\"meter\" aria-hidden=\"true\"><span style=\"width:"
                    + r.percent() + "%\"></span></div><p>").text(r.count() + " of " + r.of() + " " + of).raw("</p>");
        } else {
            h.raw("<p class=\"figure\">" + r.count() + " of " + r.of() + "</p><p>").text(of + ": " + TOO_LITTLE)
                    .raw("</p>");
        }
        h.raw("<p class=\"muted\">").text(more).raw("</p></div>");
    }

    private static void days(Html h, String title, Days d, String of, String more) {
        h.raw("<div class=\"habit\"><h3>").text(title).raw("</h3><p class=\"figure\">");
        if (d.count() == 0) {
            h.raw("—</p><p>").text("no " + of + " yet");
        } else if (d.enoughData()) {
            h.text("median " + median(d.median()) + " days").raw("</p><p>").text(d.count() + " " + of);
        } else {
            h.text(d.count() + " " + of).raw("</p><p>").text(TOO_LITTLE);
        }
        h.raw("</p><p class=\"muted\">").text(more).raw("</p></div>");
    }

    private static void bySource(Html h, Stats s) {
        if (s.bySource().isEmpty()) {
            return;
        }
        h.raw("<div class=\"table-wrap\"><table><caption class=\"muted\">By source (shares only for "
                + Stats.MIN_SAMPLE + " or more)</caption><thead><tr><th scope=\"col\">Source</th>"
                + "<th scope=\"col\">Applications</th><th scope=\"col\">Interviewed</th><th scope=\"col\">Offer</th>"
                + "<th scope=\"col\">Answered</th><th scope=\"col\">First reply</th></tr></thead><tbody>");
        for (Stats.Source src : s.bySource()) {
            h.raw("<tr><th scope=\"row\">").text(src.source() == null ? "(no source)" : src.source()).raw("</th>");
            h.raw("<td class=\"n\">" + src.funnel().applications() + "</td>");
            h.raw("<td class=\"n\">").text(share(src.funnel().interviewed())).raw("</td>");
            h.raw("<td class=\"n\">").text(share(src.funnel().offer())).raw("</td>");
            h.raw("<td class=\"n\">").text(share(src.response().answered())).raw("</td>");
            Days d = src.response().firstAnswer();
            h.raw("<td class=\"n\">").text(d.enoughData() ? median(d.median()) + " days" : "—").raw("</td></tr>");
        }
        h.raw("</tbody></table></div>");
    }

    /** "3" under the sample size, "3 (60%)" from it on. */
    static String share(Ratio r) {
        return r.enoughData() ? r.count() + " (" + r.percent() + "%)" : Integer.toString(r.count());
    }

    private static String median(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
