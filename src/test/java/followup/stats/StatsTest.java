package followup.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followup.model.Application;
import followup.model.Config;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules behind each figure, one at a time, on applications built in code. */
class StatsTest {

    private static final LocalDate T = LocalDate.of(2026, 11, 23);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** An application; log entries as "YYYY-MM-DD event" or "YYYY-MM-DD feedback: note". */
    private static Application app(String id, Status status, String source, List<String> interviews, String... log) {
        List<LogEntry> entries = new ArrayList<>();
        for (String e : log) {
            String[] parts = e.split(" ", 2);
            String event = parts[1];
            String note = null;
            int colon = event.indexOf(": ");
            if (colon > 0) {
                note = event.substring(colon + 2);
                event = event.substring(0, colon);
            }
            entries.add(new LogEntry(d(parts[0]), EventType.parse(event).orElseThrow(), note, null, null));
        }
        return new Application(id, id.substring(0, 1).toUpperCase() + id.substring(1), null, status, source, null,
                List.of(), interviews.stream().map(i -> new Interview(d(i), null, List.of(), null)).toList(),
                null, null, null, entries);
    }

    private static Stats stats(Application... apps) {
        return Stats.compute(List.of(apps), Config.DEFAULTS, T, null);
    }

    @Test
    void theFunnelCountsEachStageOfTheOneBefore() {
        Stats s = stats(
                app("a", Status.ACCEPTED, null, List.of("2026-10-01"), "2026-10-10 offer", "2026-10-12 accepted"),
                app("b", Status.DECLINED, null, List.of("2026-10-01"), "2026-10-10 offer", "2026-10-11 declined"),
                app("c", Status.REJECTED, null, List.of("2026-10-01"), "2026-10-05 rejected"),
                app("d", Status.APPLIED, null, List.of()));
        assertThat(s.funnel()).isEqualTo(new Stats.Funnel(4, new Ratio(3, 4), new Ratio(2, 3), new Ratio(1, 2)));
        assertThat(s.outcomes()).containsEntry(Status.ACCEPTED, 1).containsEntry(Status.APPLIED, 1)
                .containsEntry(Status.OFFER, 0);
    }

    @Test
    void anAcceptedOfferCountsAsAnOfferWhenALaterEntryChangedTheStatus() {
        // log accepted (no offer entry), then rejected: the funnel once had 1 accepted of 0 offers and threw
        Stats s = stats(app("a", Status.REJECTED, null, List.of("2026-10-01"), "2026-10-10 accepted",
                "2026-10-12 rejected"));
        assertThat(s.funnel()).isEqualTo(new Stats.Funnel(1, new Ratio(1, 1), new Ratio(1, 1), new Ratio(1, 1)));
    }

    @ParameterizedTest(name = "last interview {0}: {1}")
    @CsvSource({
        "2026-10-19, ghosted",   // 35 days before T: the playbook would have said move on
        "2026-10-20, waiting",   // 34 days: still too early to call it silence
        "2026-11-23, waiting"})
    void ghostedAfterCheckInPlusMoveOnDaysOfSilence(String last, String expected) {
        Stats s = stats(app("a", Status.INTERVIEWING, null, List.of(last)));
        assertThat(s.ghostAfterDays()).isEqualTo(35);
        boolean ghosted = expected.equals("ghosted");
        assertThat(s.response().ghosted()).isEqualTo(new Ratio(ghosted ? 1 : 0, 1));
        assertThat(s.response().waiting()).isEqualTo(ghosted ? 0 : 1);
    }

    @Test
    void closingWithoutAWordIsGhostedWithdrawingIsNot() {
        Stats s = stats(
                app("a", Status.CLOSED, null, List.of("2026-11-10"), "2026-11-20 closed"),
                app("b", Status.WITHDRAWN, null, List.of("2026-11-10"), "2026-11-12 withdrew"));
        assertThat(s.response().ghosted()).isEqualTo(new Ratio(1, 2));
        assertThat(s.response().waiting()).isZero();
        assertThat(s.response().answered()).isEqualTo(new Ratio(0, 2));
    }

    @Test
    void aTimelineGivenAtTheInterviewIsNotAnAnswerButASameDayRejectionIs() {
        Stats s = stats(
                app("a", Status.INTERVIEWING, null, List.of("2026-11-20"), "2026-11-20 timeline", "2026-11-20 reply"),
                app("b", Status.REJECTED, null, List.of("2026-11-20"), "2026-11-20 rejected"));
        assertThat(s.response().answered()).isEqualTo(new Ratio(1, 2));
        assertThat(s.response().firstAnswer()).isEqualTo(new Days(0.0, 1));
        assertThat(s.response().decision()).isEqualTo(new Days(0.0, 1));
    }

    @Test
    void theNextRoundIsAnAnswerAndSilenceCountsFromTheLastRound() {
        // invited back: answered after 6 days; then nothing for 40 days after round two
        Stats held = stats(app("a", Status.INTERVIEWING, null, List.of("2026-10-08", "2026-10-14")));
        assertThat(held.response().firstAnswer()).isEqualTo(new Days(6.0, 1));
        assertThat(held.response().ghosted()).isEqualTo(new Ratio(1, 1));
        // a round scheduled ahead is an answer too, with no day to count from
        Stats ahead = stats(app("b", Status.INTERVIEWING, null, List.of("2026-10-01", "2026-11-30")));
        assertThat(ahead.response().answered()).isEqualTo(new Ratio(1, 1));
        assertThat(ahead.response().ghosted()).isEqualTo(new Ratio(0, 1));
        assertThat(ahead.response().firstAnswer().count()).isZero();
    }

    @Test
    void thankYousOnTheDayLateOrNeverAndTodaysNotYetCounted() {
        Stats s = stats(
                app("a", Status.INTERVIEWING, null, List.of("2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"),
                        "2026-11-02 thanks", "2026-11-10 thanks"));
        // 11-02 on the day, 11-09 late (the next day), 11-16 never, 11-23 (today) still on time
        assertThat(s.discipline().thanks()).isEqualTo(new Stats.Thanks(1, 1, 1));
    }

    @Test
    void nudgesBeforeMovingOnCountOnlyThoseAfterTheLastInterview() {
        Stats s = stats(
                app("a", Status.CLOSED, null, List.of("2026-09-01", "2026-09-20"), "2026-09-10 check-in",
                        "2026-09-28 check-in", "2026-10-12 follow-up", "2026-11-01 closed"),
                app("b", Status.CLOSED, null, List.of("2026-09-01"), "2026-10-15 closed"));
        assertThat(s.discipline().movingOn()).isEqualTo(new Stats.MovingOn(2, 2, 1));
        assertThat(s.discipline().nudges()).isEqualTo(new Stats.Nudges(2, 1, 2));
        assertThat(s.discipline().nudges().perApplication()).isEqualTo(1.5);
    }

    @Test
    void rejectionsAnsweredOnlyByAReplyAfterTheRejection() {
        Stats s = stats(
                app("a", Status.REJECTED, null, List.of(), "2026-11-01 rejected", "2026-11-02 rejection-reply"),
                app("b", Status.REJECTED, null, List.of(), "2026-11-01 rejection-reply", "2026-11-05 rejected"));
        assertThat(s.discipline().rejectionReplies()).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void entriesAfterTheAsOfDateDoNotCount() {
        Application a = app("a", Status.DECLINED, null, List.of("2026-10-01"), "2026-10-05 feedback: slow",
                "2026-10-10 offer", "2026-10-12 declined");
        Stats before = Stats.compute(List.of(a), Config.DEFAULTS, d("2026-10-07"), null);
        assertThat(before.outcomes()).containsEntry(Status.INTERVIEWING, 1).containsEntry(Status.DECLINED, 0);
        assertThat(before.funnel().offer().count()).isZero();
        assertThat(before.feedback()).hasSize(1);
        assertThat(before.response().decision().count()).isZero();
    }

    @Test
    void sinceKeepsApplicationsWithActivityOnOrAfterIt() {
        Application old = app("old", Status.REJECTED, null, List.of("2026-09-01"), "2026-09-10 rejected");
        Application recent = app("recent", Status.INTERVIEWING, null, List.of("2026-11-02"));
        Stats s = Stats.compute(List.of(old, recent), Config.DEFAULTS, T, d("2026-09-10"));
        assertThat(s.funnel().applications()).isEqualTo(2);
        s = Stats.compute(List.of(old, recent), Config.DEFAULTS, T, d("2026-09-11"));
        assertThat(s.funnel().applications()).isEqualTo(1);
        assertThat(s.total()).isEqualTo(2);
    }

    @Test
    void sourcesFoldCaseAndSpacesLargestFirstNoneLast() {
        Stats s = stats(app("a", Status.APPLIED, "Referral", List.of()), app("b", Status.APPLIED, " referral ", List.of()),
                app("c", Status.APPLIED, "referral", List.of()), app("d", Status.APPLIED, null, List.of()),
                app("e", Status.APPLIED, "  ", List.of()), app("f", Status.APPLIED, "board", List.of()));
        assertThat(s.bySource().stream().map(Stats.Source::source).toList())
                .containsExactly("referral", "board", null);
        assertThat(s.bySource().get(2).funnel().applications()).isEqualTo(2);
    }

    @Test
    void feedbackIsGroupedByCompanyAndRepeatedThemesFound() {
        Application a = app("acme", Status.REJECTED, null, List.of(), "2026-10-02 feedback: Your System Designs were thin.",
                "2026-10-01 feedback: Needs system design practice; system design again.");
        Application b = app("beta", Status.REJECTED, null, List.of(), "2026-10-03 feedback: system design, and the Kubernetes answers");
        Application c = app("acme-2", Status.REJECTED, null, List.of(), "2026-10-04 feedback: kubernetes");
        Application d = new Application("gamma", "Acme", null, Status.REJECTED, null, null, List.of(), List.of(),
                null, null, null, List.of(new LogEntry(d("2026-10-05"), EventType.FEEDBACK, null, null, null)));
        Stats s = stats(a, b, c, d);
        // "Acme" (acme) and "acme" (gamma) are one company; acme-2 is company "Acme-2"
        assertThat(s.feedback().stream().map(Stats.CompanyFeedback::company).toList())
                .containsExactly("Acme", "Acme-2", "Beta");
        assertThat(s.feedback().get(0).notes().stream().map(Stats.Note::date).toList())
                .containsExactly(d("2026-10-01"), d("2026-10-02"), d("2026-10-05"));
        assertThat(s.feedback().get(0).notes().get(2).note()).isNull();
        // "system design" (plural folded) at Acme and Beta; "kubernetes" at Beta and Acme-2;
        // the single words "system" and "design" add nothing to the phrase
        assertThat(s.themes()).containsExactly(
                new Stats.Theme("kubernetes", List.of("Acme-2", "Beta")),
                new Stats.Theme("system design", List.of("Acme", "Beta")));
    }

    @Test
    void themesIgnoreCommonWordsAndOneCompanySayingItTwice() {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        notes.put("A", List.of("Great team, good interview. Testing was weak", "testing was weak"));
        notes.put("B", List.of("The team felt great overall"));
        assertThat(Themes.of(notes)).isEmpty();
        assertThat(Themes.runs("Great culture-fit; but system design was weak."))
                .containsExactly(List.of("culture-fit"), List.of("system", "design"), List.of("weak"));
    }

    @Test
    void medianAndRatioArithmetic() {
        assertThat(Days.of(List.of(16, 1, 4, 3))).isEqualTo(new Days(3.5, 4));
        assertThat(Days.of(List.of(5, 1, 9))).isEqualTo(new Days(5.0, 3));
        assertThat(Days.of(List.of())).isEqualTo(new Days(null, 0));
        assertThat(new Ratio(2, 3).percent()).isEqualTo(67L);
        assertThat(new Ratio(0, 0).share()).isNull();
        assertThat(new Ratio(4, 4).enoughData()).isFalse();
        assertThat(new Ratio(0, 5).enoughData()).isTrue();
        assertThatThrownBy(() -> new Ratio(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
