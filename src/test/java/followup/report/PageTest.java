package followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Config;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page as text: escaping, words beside every colour, counts on the bands, and the as-of date. */
class PageTest {

    private static final LocalDate T = LocalDate.of(2026, 11, 23);
    private static final Pattern BAND = Pattern.compile("<path class=\"band [^\"]*\" data-from=\"([a-z]+)\" "
            + "data-to=\"([^\"]*)\" data-count=\"(\\d+)\"");

    private static Application app(String id, String company, Status status, List<String> interviews, String... log) {
        List<LogEntry> entries = new ArrayList<>();
        for (String e : log) {
            String[] parts = e.split(" ", 2);
            entries.add(new LogEntry(LocalDate.parse(parts[0]), EventType.parse(parts[1]).orElseThrow(), null, null, null));
        }
        return new Application(id, company, "Engineer", status, "referral", LocalDate.of(2026, 9, 1), List.of(),
                interviews.stream().map(d -> new Interview(LocalDate.parse(d), null, List.of(), "video")).toList(),
                null, null, null, entries);
    }

    private static List<Application> search() {
        return List.of(
                app("script", "<script>alert(1)</script>", Status.INTERVIEWING, List.of("2026-11-20"),
                        "2026-11-20 thanks"),
                app("quotes", "\"Smith & Jones\" 'Ltd'", Status.REJECTED, List.of("2026-10-01"), "2026-10-01 thanks",
                        "2026-10-08 rejected"),
                app("quiet", "Quiet Co", Status.INTERVIEWING, List.of("2026-09-10"), "2026-09-10 thanks"),
                app("offer", "Offer Inc", Status.OFFER, List.of("2026-10-20"), "2026-11-02 offer"),
                app("fresh", "Fresh Ltd", Status.APPLIED, List.of()));
    }

    private static String page(List<Application> apps, LocalDate today) {
        return Page.html(Report.of(apps, Config.DEFAULTS, today));
    }

    @Test
    void namesAndNotesAreTextNeverMarkup() {
        String html = page(search(), T);
        assertThat(html).doesNotContain("<script").doesNotContain("alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;Smith &amp; Jones&quot; &#39;Ltd&#39;");
        assertThat(Html.escape("a\u0007b<")).isEqualTo("a b&lt;");
    }

    @Test
    void selfContainedNothingFetchedNoScript() {
        String html = page(search(), T);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Your search as of Mon 23 Nov 2026")
                .contains("default-src 'none'").contains("prefers-color-scheme: dark").contains("@media print")
                .doesNotContainPattern("(?i)<script|\\son[a-z]+=|https?://|<link|<img|@import|url\\(");
        assertThat(html).contains("<h1>", "<h2>Needs attention</h2>", "<h2>Where the applications went</h2>",
                "<h2>Timelines</h2>", "<h2>Your follow-up habits</h2>");
    }

    @Test
    void everyBandIsCountedAndTheBandsAddUpToTheStages() {
        String html = page(search(), T);
        int fromApplied = 0;
        int fromInterviewed = 0;
        int fromOffer = 0;
        Matcher m = BAND.matcher(html);
        while (m.find()) {
            int n = Integer.parseInt(m.group(3));
            assertThat(n).isPositive();
            switch (m.group(1)) {
                case "applied" -> fromApplied += n;
                case "interviewed" -> fromInterviewed += n;
                case "offer" -> fromOffer += n;
                default -> throw new AssertionError(m.group(1));
            }
        }
        assertThat(fromApplied).isEqualTo(5);      // every application leaves Applied by one band
        assertThat(fromInterviewed).isEqualTo(4);  // the four interviewed
        assertThat(fromOffer).isEqualTo(1);        // the one offer, still to answer
        assertThat(html).contains("Applied <tspan class=\"count\" font-weight=\"700\">5</tspan>",
                "Interviewed <tspan class=\"count\" font-weight=\"700\">4</tspan>",
                "Offer to answer <tspan class=\"count\" font-weight=\"700\">1</tspan>");
    }

    @Test
    void goneQuietAndDueRowsSayItInWords() {
        String html = page(search(), T);
        // 74 days since the interview of 10 Sep: past stats' 35-day threshold
        assertThat(html).contains("gone quiet: no word for 74 days")
                .contains("<strong>Quiet Co</strong>: linkedin, overdue since Fri 11 Sep; gone quiet")
                .contains("Fresh Ltd").contains("no answer yet")
                .contains("needs attention");
        assertThat(html).containsPattern("[0-9]+ applications: 4 open, 1 ended; [0-9]+ needs? your attention");
    }

    @Test
    void tooLittleDataIsSaidNotShownAsAShare() {
        String html = page(search(), T);
        assertThat(html).contains("<p class=\"figure\">3 of 4</p><p>interview days: " + Habits.TOO_LITTLE)
                .contains("<p class=\"figure\">0 of 1</p><p>rejections: " + Habits.TOO_LITTLE).doesNotContain("75%");
    }

    @Test
    void theAsOfDateShowsTheSearchAsItStoodThen() {
        // on 5 Oct the rejection of 8 Oct and the offer of 2 Nov had not happened
        String html = page(search(), LocalDate.of(2026, 10, 5));
        assertThat(html).contains("Your search as of Mon 5 Oct 2026").doesNotContain("Rejected <tspan")
                .doesNotContain("Offer to answer <tspan").doesNotContain("Fresh Ltd — never");
        assertThat(page(search(), T)).contains("Rejected <tspan");
    }

    @Test
    void anEmptySearchSaysSo() {
        String html = page(List.of(), T);
        assertThat(html).contains("0 applications").contains("No applications yet: nothing to draw.")
                .contains("Nothing is due and nothing has gone quiet.");
    }
}
