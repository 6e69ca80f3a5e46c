package followup.schedule;

import static followup.schedule.Apps.app;
import static followup.schedule.Apps.d;
import static followup.schedule.Apps.render;
import static followup.schedule.Apps.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Config;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of SPEC §6, straight from the seed articles they cite. */
class SeedExamplesTest {

    @Test
    @DisplayName("Told you'll hear by next Monday → check-in due Wednesday (002)")
    void hearByMondayMeansWednesday() {
        // 002: finalizing first rounds the week you are there, "you should hear something by
        // next Monday, that means that next Wednesday is a good time to send her an email"
        Application acme = app("acme").interviews("2026-11-17").log("2026-11-17 timeline by=2026-11-23").build();

        var actions = schedule(Config.DEFAULTS, d("2026-11-23"), 7, acme);

        assertThat(render(actions, ActionType.CHECK_IN)).isEqualTo("check-in 2026-11-25");
        assertThat(actions).filteredOn(a -> a.type() == ActionType.CHECK_IN).singleElement()
                .satisfies(a -> {
                    assertThat(a.due().getDayOfWeek()).hasToString("WEDNESDAY");
                    assertThat(a.why()).isEqualTo("They said you would hear by Mon 23 Nov.");
                    assertThat(a.state(d("2026-11-23"))).isEqualTo(State.UPCOMING);
                });
        assertThat(schedule(d("2026-11-25"), acme)).filteredOn(a -> a.type() == ActionType.CHECK_IN)
                .singleElement().extracting(Action::why)
                .isEqualTo("They said you would hear by Mon 23 Nov; no word since.");
    }

    @Test
    @DisplayName("Told a decision by the end of the week (Fri) → check-in due the next Monday (001)")
    void endOfWeekMeansNextMonday() {
        // 001: "if the interviewer says that the decision should be approved by the end of the
        // week, follow up on the next Monday"
        Application acme = app("acme").interviews("2026-11-17").log("2026-11-17 timeline by=2026-11-20").build();

        assertThat(render(schedule(Config.DEFAULTS, d("2026-11-17"), 30, acme), ActionType.CHECK_IN))
                .isEqualTo("check-in 2026-11-23");
    }

    @ParameterizedTest(name = "interview on {0} (day 0), told 7-10 days → check-in {1}")
    @DisplayName("Told within 7-10 days of an interview on day 0 → check-in due day 12, rolled to a work day (004)")
    @CsvSource({
        // day 0,   check-in
        "2026-11-04, 2026-11-16", // Wed 4 Nov: day 12 is Mon 16, a work day
        "2026-11-05, 2026-11-17", // Thu: day 12 is Tue
        "2026-11-06, 2026-11-18", // Fri: day 12 is Wed
        "2026-11-09, 2026-11-23", // Mon: day 12 is Sat 21 -> Mon 23
        "2026-11-10, 2026-11-23", // Tue: day 12 is Sun 22 -> Mon 23
    })
    void sevenToTenDaysMeansDayTwelve(String day0, String checkIn) {
        // 004: "If the interviewer says they'll be in touch within 7-10 days, and it's now Day 12,
        // you should be on the phone or firing up the laptop." `--decision-by "7-10 days"` is the
        // far end of the range: day 10.
        LocalDate interview = d(day0);
        Application acme = app("acme").interviews(day0).decisionBy(interview.plusDays(10).toString()).build();

        assertThat(render(schedule(Config.DEFAULTS, interview, 30, acme), ActionType.CHECK_IN))
                .isEqualTo("check-in " + checkIn);
    }

    @Test
    @DisplayName("A delayed event with a new date moves the check-in (001)")
    void delayMovesTheCheckIn() {
        // 001: "If the hiring manager indicates a delay ... schedule your next follow-up" from it
        Application told = app("acme").interviews("2026-11-17").log("2026-11-17 timeline by=2026-11-20").build();
        Application delayed = app("acme").interviews("2026-11-17")
                .log("2026-11-17 timeline by=2026-11-20; 2026-11-19 delayed by=2026-12-04").build();
        Application noNewDate = app("acme").interviews("2026-11-17")
                .log("2026-11-17 timeline by=2026-11-20; 2026-11-19 delayed").build();

        assertThat(render(schedule(Config.DEFAULTS, d("2026-11-19"), 60, told), ActionType.CHECK_IN))
                .isEqualTo("check-in 2026-11-23");
        assertThat(render(schedule(Config.DEFAULTS, d("2026-11-19"), 60, delayed), ActionType.CHECK_IN))
                .isEqualTo("check-in 2026-12-07"); // Fri 4 Dec + 2 = Sun -> Mon 7 Dec
        // no new date: a week after the delay (SPEC §6: roll(W + 7))
        assertThat(render(schedule(Config.DEFAULTS, d("2026-11-19"), 60, noNewDate), ActionType.CHECK_IN))
                .isEqualTo("check-in 2026-11-26");
    }

    @Test
    @DisplayName("After a check-in, the next nudge is two weeks later, and after several weeks of silence move on (000, 002)")
    void noNaggingThenMoveOn() {
        // 000 "Give them time"; 002 "every couple of weeks" and "know when to move on"
        var nudges = new ActionType[] {ActionType.CHECK_IN, ActionType.FOLLOW_UP, ActionType.MOVE_ON};
        Application checkedIn = app("acme").interviews("2026-11-17")
                .log("2026-11-17 timeline by=2026-11-20; 2026-11-23 check-in").build();

        // the day after the check-in: nothing to send for two weeks, and a move-on date set
        assertThat(render(schedule(Config.DEFAULTS, d("2026-11-24"), 12, checkedIn), nudges)).isEqualTo("-");
        assertThat(render(schedule(Config.DEFAULTS, d("2026-11-24"), 60, checkedIn), nudges))
                .isEqualTo("follow-up 2026-12-07; move-on 2026-12-21");

        // the follow-up sent: the next one would fall on the move-on day, so move-on replaces it
        Application followedUp = app("acme").interviews("2026-11-17")
                .log("2026-11-17 timeline by=2026-11-20; 2026-11-23 check-in; 2026-12-07 follow-up").build();
        assertThat(render(schedule(Config.DEFAULTS, d("2026-12-07"), 60, followedUp), nudges))
                .isEqualTo("move-on 2026-12-21");
        assertThat(render(schedule(d("2026-12-21"), followedUp), nudges)).isEqualTo("move-on 2026-12-21");

        // the follow-up never sent: it is overdue until move-on is due, then move-on replaces it
        assertThat(render(schedule(d("2026-12-18"), checkedIn), nudges)).isEqualTo("follow-up 2026-12-07");
        assertThat(render(schedule(d("2026-12-21"), checkedIn), nudges)).isEqualTo("move-on 2026-12-21");
    }
}
