package followup.schedule;

import static followup.schedule.Apps.app;
import static followup.schedule.Apps.d;
import static followup.schedule.Apps.render;
import static followup.schedule.Apps.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Config;
import followup.model.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of the SPEC §6 table, each as a table of fixed dates. Columns: as-of date, days ahead,
 * status, interviews, top-level decision-by, log (see {@link Apps}), and the expected actions of
 * the rule under test ("-" for none). Dates: Fri 20 Nov 2026, Mon 23 Nov 2026.
 */
class PlaybookRulesTest {

    static String run(Config config, String asOf, int days, String status, String interviews,
            String decisionBy, String log, ActionType... types) {
        Application a = app("acme").status(Status.parse(status).orElseThrow()).interviews(interviews)
                .decisionBy(decisionBy).log(log).build();
        return render(schedule(config, d(asOf), days, a), types);
    }

    static String run(String asOf, int days, String status, String interviews, String decisionBy, String log,
            ActionType... types) {
        return run(Config.DEFAULTS, asOf, days, status, interviews, decisionBy, log, types);
    }

    static Config config(Config.Playbook numbers) {
        return new Config(null, null, numbers);
    }

    @Nested
    class AskTimeline {
        @ParameterizedTest(name = "[{index}] {7}")
        @CsvSource({
            "2026-11-20, 0, interviewing, 2026-11-20,             ,           -,                            ask-timeline 2026-11-20, interview today and no date known",
            "2026-11-20, 0, interviewing, 2026-11-20,             2026-11-27, -,                            -,                       a date on or after the interview is known",
            "2026-11-20, 0, interviewing, 2026-11-20,             2026-11-10, -,                            ask-timeline 2026-11-20, a date from an earlier round does not count",
            "2026-11-20, 0, interviewing, 2026-11-20,             ,           2026-11-20 timeline by=2026-11-27, -,                  logging the timeline ends it",
            "2026-11-20, 0, applied,      2026-11-23,             ,           -,                            -,                       an interview ahead is not due today",
            "2026-11-20, 3, applied,      2026-11-23,             ,           -,                            ask-timeline 2026-11-23, within --days it shows",
            "2026-11-23, 0, interviewing, 2026-11-20,             ,           -,                            -,                       gone after the interview",
            "2026-11-20, 7, interviewing, 2026-11-20; 2026-11-25, 2026-11-23, -,                            ask-timeline 2026-11-25, one per interview: the later round has no date yet",
            "2026-11-20, 0, offer,        2026-11-20,             ,           -,                            ask-timeline 2026-11-20, open includes offer",
            "2026-11-20, 0, closed,       2026-11-20,             ,           -,                            -,                       not open",
        })
        void table(String asOf, int days, String status, String interviews, String decisionBy, String log,
                String expected, String why) {
            assertThat(run(asOf, days, status, interviews, decisionBy, log, ActionType.ASK_TIMELINE)).isEqualTo(expected);
        }

        @Test
        void whySaysWhen() {
            Application a = app("acme").interviews("2026-11-20 14:00").build();
            assertThat(schedule(d("2026-11-20"), a)).filteredOn(x -> x.type() == ActionType.ASK_TIMELINE)
                    .singleElement().extracting(Action::why)
                    .isEqualTo("Before you leave your 14:00 interview, ask when you will hear from them.");
        }
    }

    @Nested
    class Thanks {
        @ParameterizedTest(name = "[{index}] {5}")
        @CsvSource({
            "2026-11-20, interviewing, 2026-11-20,                          -,                                     thanks 2026-11-20, due the day of the interview",
            "2026-11-23, interviewing, 2026-11-20,                          -,                                     thanks 2026-11-20, overdue from the next day",
            "2026-11-20, interviewing, 2026-11-20 with=Jane Doe|Bob Roe,    -,                                     thanks 2026-11-20 Bob Roe; thanks 2026-11-20 Jane Doe, one per interviewer",
            "2026-11-20, interviewing, 2026-11-20 with=Jane Doe|Bob Roe,    2026-11-20 thanks with=Jane Doe,       thanks 2026-11-20 Bob Roe, thanks --with ends one",
            "2026-11-20, interviewing, 2026-11-20 with=Jane Doe|Bob Roe,    2026-11-20 thanks with=JANE DOE,       thanks 2026-11-20 Bob Roe, names match ignoring case",
            "2026-11-20, interviewing, 2026-11-20 with=Jane Doe|Bob Roe,    2026-11-20 thanks,                     -,                 plain thanks ends all",
            "2026-11-20, interviewing, 2026-11-20 with=Jane Doe|Jane Doe,   -,                                     thanks 2026-11-20 Jane Doe, a name listed twice is one thank-you",
            "2026-11-20, interviewing, 2026-11-20 10:00 with=Ann; 2026-11-20 15:00 with=Bob, -,                     thanks 2026-11-20 Ann; thanks 2026-11-20 Bob, two rounds on one day: everyone in them",
            "2026-11-20, interviewing, 2026-11-10; 2026-11-20,              2026-11-10 thanks,                     thanks 2026-11-20, thanks for an earlier round does not count",
            "2026-11-23, interviewing, 2026-11-20,                          2026-11-20 timeline by=2026-11-27,     thanks 2026-11-20, a reply on the interview day does not end it",
            "2026-11-23, interviewing, 2026-11-20,                          2026-11-23 reply,                      -,                 gone once a reply comes after L",
            "2026-11-23, interviewing, 2026-11-20,                          2026-11-21 timeline by=2026-11-27,     thanks 2026-11-20, 003: the thank-you confirms the timeline they gave the next day",
            "2026-11-23, interviewing, 2026-11-20,                          2026-11-21 delayed,                    thanks 2026-11-20, nor does a delay they send the next day end it",
            "2026-11-23, interviewing, 2026-11-20,                          2026-11-21 feedback,                   -,                 any other answer does",
            "2026-11-27, interviewing, 2026-11-20,                          -,                                     thanks 2026-11-20, still listed on L + thanks-expire-after (7)",
            "2026-11-28, interviewing, 2026-11-20,                          -,                                     -,                 a thank-you weeks late reads oddly: gone after L + 7",
            "2026-11-04, interviewing, 2026-10-14,                          -,                                     -,                 an interview added three weeks after the fact gets none",
            "2026-11-20, interviewing, 2026-11-20,                          2026-11-21 thanks,                     thanks 2026-11-20, a thanks dated after the as-of date is ignored",
            "2026-11-20, applied,      2026-11-23,                          -,                                     -,                 no interview held yet",
            "2026-11-23, rejected,     2026-11-20,                          2026-11-21 rejected,                   -,                 not open",
            "2026-11-20, offer,        2026-11-20,                          -,                                     thanks 2026-11-20, open includes offer",
        })
        void table(String asOf, String status, String interviews, String log, String expected, String why) {
            assertThat(run(asOf, 0, status, interviews, null, log, ActionType.THANKS)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "2026-11-20 14:00 | Send it the same day, within an hour of your 14:00 interview.",
            "2026-11-20       | Send it the same day as the interview.",
        })
        void whySaysSameDayAndWithinAnHour(String interview, String why) {
            // 001 "the same day of the job interview"; 004 "within an hour of your exit"
            Application a = app("acme").interviews(interview).build();
            assertThat(schedule(d("2026-11-20"), a)).filteredOn(x -> x.type() == ActionType.THANKS)
                    .singleElement().extracting(Action::why).isEqualTo(why);
        }

        @ParameterizedTest(name = "thanks-expire-after {0}, as of {1}: {2}")
        @CsvSource({"3, 2026-11-23, thanks 2026-11-20", "3, 2026-11-24, -", "0, 2026-11-20, thanks 2026-11-20",
            "0, 2026-11-21, -"})
        void expiresAfterTheConfiguredDays(int days, String asOf, String expected) {
            Config c = config(new Config.Playbook(true, true, days, 2, 7, 14, 28, 90, 2));
            assertThat(run(c, asOf, 0, "interviewing", "2026-11-20", null, "-", ActionType.THANKS)).isEqualTo(expected);
        }

        @Test
        void aContactReachableOnlyByPhoneIsToBeCalled() {
            Application a = app("vandelay").interviews("2026-11-11 15:00 with=Art Vandelay")
                    .contact("Art Vandelay", "+1 555 0142").build();
            assertThat(schedule(d("2026-11-11"), a)).filteredOn(x -> x.type() == ActionType.THANKS).singleElement()
                    .extracting(Action::why).isEqualTo("Send it the same day, within an hour of your 15:00 interview. "
                            + "No email address is known: call Art Vandelay (+1 555 0142).");
        }

        @Test
        void overdueTheNextDay() {
            Application a = app("acme").interviews("2026-11-20").build();
            Action thanks = schedule(d("2026-11-21"), a).get(0);
            assertThat(thanks.type()).isEqualTo(ActionType.THANKS);
            assertThat(thanks.state(d("2026-11-20"))).isEqualTo(State.TODAY);
            assertThat(thanks.state(d("2026-11-21"))).isEqualTo(State.OVERDUE);
            assertThat(thanks.draft()).contains("thanks");
        }
    }

    @Nested
    class PaperNote {
        @ParameterizedTest(name = "[{index}] {5}")
        @CsvSource({
            "2026-11-18, true,  2026-11-18, -,                 paper-note 2026-11-19, the day after the interview",
            "2026-11-20, true,  2026-11-20, -,                 paper-note 2026-11-23, rolled over the weekend",
            "2026-11-23, true,  2026-11-20, -,                 paper-note 2026-11-23, still there on L + 3",
            "2026-11-21, true,  2026-11-18, -,                 paper-note 2026-11-19, overdue until L + 3",
            "2026-11-23, true,  2026-11-18, -,                 -,                     gone after L + 3",
            "2026-11-20, true,  2026-11-20, 2026-11-20 note,   -,                     logging the note ends it",
            "2026-11-23, true,  2026-11-20, 2026-11-23 reply,  -,                     gone once they reply",
            "2026-11-20, false, 2026-11-20, -,                 -,                     config paper-note: false",
            // 000, the stalking zone: once per application, for its first round held in person
            "2026-11-03, true,  2026-11-02 kind=phone-screen, -, -,                    not after a phone screen",
            "2026-11-06, true,  2026-11-05 kind=video, -,      -,                     nor a video call",
            "2026-11-06, true,  2026-11-05 kind=Remote-panel, -, -,                   nor a remote round (any case)",
            "2026-11-06, true,  2026-11-05 kind=call-with-CTO, -, -,                  nor a call",
            "2026-11-06, true,  2026-11-05 kind=tech-screening, -, -,                 nor a screening",
            "2026-11-11, true,  2026-11-02 kind=phone; 2026-11-10 kind=onsite, -, paper-note 2026-11-11, the first round in person",
            "2026-11-19, true,  2026-11-02 kind=phone; 2026-11-10 kind=onsite; 2026-11-18 kind=final-onsite, -, -, once: no note for a later round",
            "2026-11-19, true,  2026-11-10 kind=onsite; 2026-11-18 kind=onsite, 2026-11-11 note, -, not even when the first was sent",
            "2026-11-11, true,  2026-11-10 kind=lunch, -,      paper-note 2026-11-11, a kind that names no remote round is in person",
            "2026-11-12, true,  2026-11-10, 2026-11-11 timeline by=2026-11-20, paper-note 2026-11-11, a date they give does not end it",
            "2026-11-12, true,  2026-11-10, 2026-11-11 reply, -,                     another answer does",
        })
        void table(String asOf, boolean paperNote, String interviews, String log, String expected, String why) {
            Config c = config(new Config.Playbook(paperNote, true, 7, 2, 7, 14, 28, 90, 2));
            assertThat(run(c, asOf, 7, "interviewing", interviews, null, log, ActionType.PAPER_NOTE)).isEqualTo(expected);
        }
    }

    @Test
    void paperNoteWhyNamesTheRound() {
        Application a = app("hooli").interviews("2026-11-02 kind=phone-screen; 2026-11-10 kind=onsite").build();
        assertThat(schedule(d("2026-11-11"), a)).filteredOn(x -> x.type() == ActionType.PAPER_NOTE).singleElement()
                .extracting(Action::why).isEqualTo(
                        "Mail a paper note within a day of your onsite on Tue 10 Nov; many employers read it as real interest.");
    }

    @Nested
    class Linkedin {
        @ParameterizedTest(name = "[{index}] {5}")
        @CsvSource({
            "2026-11-20, true,  2026-11-20,             -,                   linkedin 2026-11-23, the work day after the first interview",
            "2026-11-20, true,  2026-11-10; 2026-11-20, -,                   linkedin 2026-11-11, once per application, after the first",
            "2026-11-20, true,  2026-11-20,             2026-11-01 linkedin, -,                   already connected (any date) ends it",
            "2026-11-20, true,  2026-11-27,             -,                   -,                   no interview held yet",
            "2026-11-20, false, 2026-11-20,             -,                   -,                   config linkedin: false",
        })
        void table(String asOf, boolean linkedin, String interviews, String log, String expected, String why) {
            Config c = config(new Config.Playbook(true, linkedin, 7, 2, 7, 14, 28, 90, 2));
            assertThat(run(c, asOf, 7, "interviewing", interviews, null, log, ActionType.LINKEDIN)).isEqualTo(expected);
        }
    }

    @Nested
    class CheckIn {
        @ParameterizedTest(name = "[{index}] {6}")
        @CsvSource({
            "2026-11-20, interviewing, 2026-11-20,             ,           -,                                                   check-in 2026-11-27, no date: a week after the interview",
            "2026-11-16, interviewing, 2026-11-16,             ,           -,                                                   check-in 2026-11-23, no date: interview Monday -> next Monday",
            "2026-11-14, interviewing, 2026-11-14,             ,           -,                                                   check-in 2026-11-23, weekend interview: Sat + 7 rolled to Monday",
            "2026-11-20, interviewing, 2026-11-20,             2026-11-23, -,                                                   check-in 2026-11-25, decision-by + 2",
            "2026-11-20, interviewing, 2026-11-20,             2026-11-10, -,                                                   check-in 2026-11-27, a date before W is stale",
            "2026-11-24, interviewing, 2026-11-17,             ,           2026-11-24 reply,                                    check-in 2026-12-01, a reply restarts the clock",
            "2026-11-24, interviewing, 2026-11-17,             ,           2026-11-17 timeline by=2026-11-27; 2026-11-24 reply, check-in 2026-11-30, a reply before the date keeps the date",
            "2026-11-24, interviewing, 2026-11-17,             ,           2026-11-23 check-in,                                 -,                   logging the check-in ends it",
            "2026-11-24, interviewing, 2026-11-17,             ,           2026-11-17 check-in,                                 -,                   a check-in logged on the interview day counts as after it",
            "2026-11-24, interviewing, 2026-11-17,             ,           2026-11-23 check-in; 2026-11-24 reply,               check-in 2026-12-01, a reply after a check-in starts a new wait",
            "2026-11-24, interviewing, 2026-11-17,             ,           2026-11-24 check-in; 2026-11-24 reply,               check-in 2026-12-01, same day: the reply came after the check-in",
            "2026-11-24, interviewing, 2026-11-17,             ,           2026-11-24 reply; 2026-11-24 check-in,               -,                   same day: the check-in came after the reply",
            "2026-11-20, interviewing, 2026-11-17; 2026-12-01, ,           -,                                                   -,                   an interview scheduled ahead: not waiting",
            "2026-11-20, applied,      2026-11-17,             ,           -,                                                   check-in 2026-11-24, applied counts as waiting",
            "2026-11-20, applied,      -,                      2026-11-27, -,                                                   -,                   no interview held yet",
            "2026-11-20, offer,        2026-11-17,             ,           -,                                                   -,                   an offer in hand: not waiting",
            "2026-11-20, interviewing, 2026-11-17,             2026-11-20, -,                                                   check-in 2026-11-23, the top-level decision-by counts",
            "2026-11-20, interviewing, 2026-11-17,             2026-11-20, 2026-11-19 delayed,                                  check-in 2026-11-26, delayed with no date clears it: W + 7",
            "2026-11-20, interviewing, 2026-11-17,             2026-12-04, 2026-11-17 timeline by=2026-11-20,                   check-in 2026-11-23, the latest dated log entry wins over the top-level field",
            "2026-11-20, interviewing, 2026-11-17,             ,           2026-11-21 reply,                                    check-in 2026-11-24, a reply after the as-of date is ignored",
            "2026-11-20, interviewing, 2026-11-17,             2026-11-30, 2026-11-21 timeline by=2026-11-30,                   check-in 2026-11-24, a date given after the as-of date is not known yet",
            "2026-11-20, rejected,     2026-11-17,             ,           2026-11-19 rejected,                                 -,                   rejected",
            // a reply is not silence: the decision date counts only after the start of the wait
            "2026-11-23, interviewing, 2026-11-11,             2026-11-20, 2026-11-20 reply,                                    check-in 2026-11-27, a reply on the decision date is their last word: a week after it",
            "2026-11-23, interviewing, 2026-11-11,             ,           2026-11-11 timeline by=2026-11-20; 2026-11-20 reply, check-in 2026-11-27, the same with the date from a timeline",
            "2026-11-23, interviewing, 2026-11-11,             ,           2026-11-11 timeline by=2026-11-20; 2026-11-19 reply, check-in 2026-11-23, a reply before the date keeps it",
            "2026-11-20, interviewing, 2026-11-20,             2026-11-20, -,                                                   check-in 2026-11-23, a date on the interview day with no reply since counts",
            "2026-11-20, interviewing, 2026-11-20,             ,           2026-11-20 timeline by=2026-11-20,                   check-in 2026-11-23, the same told in a timeline that day",
        })
        void table(String asOf, String status, String interviews, String decisionBy, String log, String expected,
                String why) {
            assertThat(run(asOf, 60, status, interviews, decisionBy, log, ActionType.CHECK_IN)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            "date passed      | 2026-11-25 | 2026-11-20 timeline by=2026-11-23 |          | They said you would hear by Mon 23 Nov; no word since.",
            "date ahead       | 2026-11-20 | 2026-11-20 timeline by=2026-11-23 |          | They said you would hear by Mon 23 Nov.",
            "phone known      | 2026-11-25 | 2026-11-20 timeline by=2026-11-23 | +1 555 0 | They said you would hear by Mon 23 Nov; no word since: email, or call Jane Doe.",
            "no date          | 2026-11-27 | -                                 |          | No decision date was given, so check in 7 days after your interview on Fri 20 Nov.",
            "delayed, no date | 2026-11-30 | 2026-11-23 delayed                 |          | They delayed the decision on Mon 23 Nov with no new date, so check in 7 days later.",
            "other reply      | 2026-11-30 | 2026-11-23 reply                   |          | Their last word was on Mon 23 Nov, so check in 7 days later.",
            "reply on the date| 2026-11-30 | 2026-11-20 timeline by=2026-11-23; 2026-11-23 reply | | Their last word was on Mon 23 Nov, so check in 7 days later.",
        })
        void why(String name, String asOf, String log, String phone, String why) {
            // 001 "you can also make a personal call", 004 "be on the phone": a call where a number is known
            Application a = app("acme").interviews("2026-11-20 with=Jane Doe")
                    .contact("Jane Doe", "jane@acme.example", phone).log(log).build();
            assertThat(schedule(Config.DEFAULTS, d(asOf), 7, a)).filteredOn(x -> x.type() == ActionType.CHECK_IN)
                    .singleElement().extracting(Action::why).isEqualTo(why);
        }

        @Test
        void callsTheFirstInterviewerElseTheFirstContact() {
            // the person the draft goes to (SPEC §7): the first interviewer of L, else the first contact
            Application interviewer = app("acme").interviews("2026-11-20 with=Bob Roe")
                    .contact("Ann Lee", "ann@acme.example", "+1 555 0101")
                    .contact("Bob Roe", "bob@acme.example", "+1 555 0102").build();
            Application firstContact = app("acme").interviews("2026-11-20")
                    .contact("Ann Lee", "ann@acme.example", "+1 555 0101").contact("Bob Roe", null).build();
            Application notAContact = app("acme").interviews("2026-11-20 with=Pat Kim|Ann Lee")
                    .contact("Ann Lee", "ann@acme.example", "+1 555 0101").build();
            assertThat(schedule(d("2026-11-27"), interviewer)).filteredOn(x -> x.type() == ActionType.CHECK_IN)
                    .singleElement().extracting(Action::why).asString().endsWith("email, or call Bob Roe.");
            assertThat(schedule(d("2026-11-27"), firstContact)).filteredOn(x -> x.type() == ActionType.CHECK_IN)
                    .singleElement().extracting(Action::why).asString().endsWith("email, or call Ann Lee.");
            assertThat(schedule(d("2026-11-27"), notAContact)).filteredOn(x -> x.type() == ActionType.CHECK_IN)
                    .singleElement().extracting(Action::why).asString().doesNotContain("call");
        }

        @Test
        void aContactWithOnlyAPhoneIsToBeCalled() {
            // SPEC §7: a contact with no address; the why suggests the call (001, 004)
            Application a = app("vandelay").interviews("2026-11-11 with=Art Vandelay").contact("Art Vandelay", "+1 555 0142")
                    .log("2026-11-11 timeline by=2026-11-13").build();
            assertThat(schedule(d("2026-11-16"), a)).filteredOn(x -> x.type() == ActionType.CHECK_IN).singleElement()
                    .extracting(Action::why).isEqualTo("They said you would hear by Fri 13 Nov; no word since: "
                            + "call Art Vandelay (+1 555 0142); no email address is known.");
        }
    }

    @Nested
    class FollowUpAndMoveOn {
        @ParameterizedTest(name = "[{index}] {4}")
        @CsvSource({
            "2026-11-24, 2026-11-23 check-in,                        ,   follow-up 2026-12-07; move-on 2026-12-21, two weeks after the check-in; move on four weeks after it",
            "2026-11-24, 2026-11-24 check-in,                        ,   follow-up 2026-12-08; move-on 2026-12-22, Tuesday check-in",
            "2026-11-28, 2026-11-28 check-in,                        ,   follow-up 2026-12-14; move-on 2026-12-28, a Saturday check-in: both rolled",
            "2026-12-07, 2026-11-23 check-in; 2026-12-07 follow-up,  ,   move-on 2026-12-21, the next follow-up would fall on move-on: move-on replaces it",
            "2026-12-18, 2026-11-23 check-in,                        ,   follow-up 2026-12-07; move-on 2026-12-21, an unsent follow-up stays overdue until move-on",
            "2026-12-21, 2026-11-23 check-in,                        ,   move-on 2026-12-21, from move-on on, no follow-up",
            "2026-12-01, 2026-11-23 check-in; 2026-11-30 reply,      ,   -, a reply ends both",
            "2026-11-24, 2026-11-23 follow-up,                       ,   follow-up 2026-12-07; move-on 2026-12-21, a follow-up counts like a check-in",
            "2026-11-24, 2026-11-23 check-in,                        7,  follow-up 2026-11-30; move-on 2026-12-21, config follow-up-every: 7",
            "2026-12-01, 2026-11-23 check-in; 2026-11-30 follow-up,  7,  follow-up 2026-12-07; move-on 2026-12-21, with a shorter gap, more than one follow-up",
        })
        void table(String asOf, String log, Integer every, String expected, String why) {
            Config c = config(new Config.Playbook(true, true, 7, 2, 7, every == null ? 14 : every, 28, 90, 2));
            assertThat(run(c, asOf, 60, "interviewing", "2026-11-17", null,
                    "2026-11-17 timeline by=2026-11-20; " + log, ActionType.FOLLOW_UP, ActionType.MOVE_ON))
                    .isEqualTo(expected);
        }

        @Test
        void closingEndsMoveOn() {
            assertThat(run("2026-12-21", 60, "closed", "2026-11-17", null, "2026-11-23 check-in; 2026-12-21 closed",
                    ActionType.FOLLOW_UP, ActionType.MOVE_ON, ActionType.CHECK_IN)).isEqualTo("-");
        }

        @Test
        void moveOnHasNoDraft() {
            assertThat(ActionType.MOVE_ON.draft()).isEmpty();
            assertThat(ActionType.MOVE_ON.logEvent()).isEqualTo("closed");
        }
    }

    @Nested
    class RejectionReply {
        @ParameterizedTest(name = "[{index}] {4}")
        @CsvSource({
            "2026-11-20, rejected,     2026-11-20 rejected,                              rejection-reply 2026-11-23, the next work day",
            "2026-11-20, rejected,     2026-11-17 rejected,                              rejection-reply 2026-11-18, the next day",
            "2026-11-20, rejected,     2026-11-17 rejected; 2026-11-17 rejection-reply,  -,                          logging the reply ends it",
            "2026-11-20, rejected,     2026-11-10 rejection-reply; 2026-11-17 rejected, rejection-reply 2026-11-18, a reply to an earlier rejection does not count",
            "2026-11-20, rejected,     -,                                                -,                          no rejected entry: no date to go by",
            "2026-11-20, rejected,     2026-11-24 rejected,                              -,                          as of a day before the rejection",
            "2026-11-20, interviewing, 2026-11-17 rejected; 2026-11-18 reply,            -,                          status is not rejected",
        })
        void table(String asOf, String status, String log, String expected, String why) {
            assertThat(run(asOf, 7, status, "2026-11-16", null, log, ActionType.REJECTION_REPLY)).isEqualTo(expected);
        }
    }

    @Nested
    class KeepInTouch {
        @ParameterizedTest(name = "[{index}] {4}")
        @CsvSource({
            "rejected,  2026-11-20 rejected; 2026-11-23 rejection-reply,                                          ,  keep-in-touch 2027-02-22, 90 days after the rejection reply",
            "rejected,  2026-11-20 rejected,                                                                       ,  -,                        no touch after the last interview",
            "rejected,  2026-11-17 thanks; 2026-11-20 rejected,                                                    ,  keep-in-touch 2027-02-18, a thank-you counts as a touch; from the rejection",
            "closed,    2026-11-24 check-in; 2026-12-21 closed,                                                    ,  keep-in-touch 2027-02-22, closed: from the last check-in",
            "closed,    2026-12-21 closed,                                                                         ,  -,                        closed with nothing sent",
            "rejected,  2026-11-20 rejected; 2026-11-23 rejection-reply; 2027-02-22 keep-in-touch,                 ,  keep-in-touch 2027-05-24, the second",
            "rejected,  2026-11-20 rejected; 2026-11-23 rejection-reply; 2027-02-22 keep-in-touch; 2027-05-24 keep-in-touch, , -,           at most keep-in-touch-max without a reply",
            "rejected,  2026-11-20 rejected; 2026-11-23 rejection-reply; 2027-02-22 keep-in-touch; 2027-05-24 keep-in-touch; 2027-05-25 reply, , keep-in-touch 2027-08-23, a reply restarts the count",
            "rejected,  2026-11-20 rejected; 2026-11-23 rejection-reply; 2027-02-22 keep-in-touch,                 1, -,                        config keep-in-touch-max: 1",
            "rejected,  2026-11-20 rejected; 2026-11-23 rejection-reply,                                          0, -,                        config keep-in-touch-max: 0 turns it off",
            "withdrawn, 2026-11-20 withdrew; 2026-11-20 check-in,                                                  ,  -,                        withdrawn: nothing",
            "declined,  2026-11-20 declined; 2026-11-20 check-in,                                                  ,  -,                        declined: nothing",
        })
        void table(String status, String log, Integer max, String expected, String why) {
            Config c = config(new Config.Playbook(true, true, 7, 2, 7, 14, 28, 90, max == null ? 2 : max));
            assertThat(run(c, "2027-06-01", 400, status, "2026-11-16", null, log, ActionType.KEEP_IN_TOUCH))
                    .isEqualTo(expected);
        }
    }

    @Nested
    class AnswerOffer {
        // 003: answer by the day they asked, which leaves the others told of the offer time to react
        @ParameterizedTest(name = "[{index}] {4}")
        @CsvSource({
            "2026-11-30, offer,    2026-11-30 offer deadline=2026-12-07,                                        answer-offer 2026-12-04, the last work day before the deadline: Mon 7 Dec -> Fri 4 Dec",
            "2026-11-30, offer,    2026-11-30 offer deadline=2026-12-04,                                        answer-offer 2026-12-03, a Friday deadline -> Thursday",
            "2026-11-30, offer,    2026-11-30 offer deadline=2026-12-01,                                        answer-offer 2026-11-30, the day before is today",
            "2026-12-08, offer,    2026-11-30 offer deadline=2026-12-07,                                        answer-offer 2026-12-04, overdue until answered",
            "2026-11-30, offer,    2026-11-30 offer,                                                            -,                       no deadline: nothing to time",
            "2026-12-05, accepted, 2026-11-30 offer deadline=2026-12-07; 2026-12-04 accepted,                   -,                       accepted ends it",
            "2026-12-05, declined, 2026-11-30 offer deadline=2026-12-07; 2026-12-04 declined,                   -,                       declined ends it",
            "2026-11-30, offer,    2026-11-23 offer deadline=2026-11-27; 2026-11-30 offer deadline=2026-12-09,  answer-offer 2026-12-08, a new offer brings its own deadline",
            "2026-11-27, offer,    2026-11-23 offer deadline=2026-11-27; 2026-11-30 offer deadline=2026-12-09,  answer-offer 2026-11-26, as of a day before the new offer",
        })
        void table(String asOf, String status, String log, String expected, String why) {
            assertThat(run(asOf, 30, status, "2026-11-16", null, log, ActionType.ANSWER_OFFER)).isEqualTo(expected);
        }

        @Test
        void whyNamesTheDeadlineAndTheDayToAnswer() {
            Application hooli = app("hooli").status(Status.OFFER).interviews("2026-11-18")
                    .log("2026-11-30 offer deadline=2026-12-07").build();
            assertThat(schedule(Config.DEFAULTS, d("2026-11-30"), 7, hooli)).filteredOn(x -> x.type() == ActionType.ANSWER_OFFER)
                    .singleElement().satisfies(a -> {
                        assertThat(a.why()).isEqualTo(
                                "You must answer their offer by Mon 7 Dec; accept or decline it by Fri 4 Dec, the last work day before.");
                        assertThat(a.draft()).isEmpty();
                        assertThat(a.type().logEvents()).containsExactly("accepted", "declined");
                        assertThat(a.outcome().deadline()).isEqualTo(d("2026-12-07"));
                    });
        }
    }

    @Nested
    class OtherStatuses {
        @ParameterizedTest
        @CsvSource({"accepted", "declined", "withdrawn", "closed", "rejected"})
        void closedApplicationsGetNoPlaybookActions(String status) {
            // a rich history that would give an open application thanks, note, linkedin, check-in
            assertThat(run("2026-11-20", 60, status, "2026-11-20", "2026-11-23", "-",
                    ActionType.ASK_TIMELINE, ActionType.THANKS, ActionType.PAPER_NOTE, ActionType.LINKEDIN,
                    ActionType.CHECK_IN, ActionType.FOLLOW_UP, ActionType.MOVE_ON, ActionType.TELL_OFFER,
                    ActionType.WITHDRAW)).isEqualTo("-");
        }

        @Test
        void anOutcomeAfterTheAsOfDateIsNotKnownYet() {
            // --as-of in the past: the file says rejected, but not yet on Fri 20 Nov
            assertThat(run("2026-11-20", 7, "rejected", "2026-11-16", null, "2026-11-24 rejected",
                    ActionType.CHECK_IN, ActionType.REJECTION_REPLY)).isEqualTo("check-in 2026-11-23");
        }
    }
}
