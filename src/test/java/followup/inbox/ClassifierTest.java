package followup.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.EventType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC §6a's events, first that applies, from what they wrote. Precision over recall: every
 * wording that only sounds like an outcome must read as a reply (or the milder event).
 */
class ClassifierTest {

    private static final Set<DayOfWeek> WEEK = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final LocalDate M = LocalDate.of(2026, 11, 24); // a Tuesday

    private static Classifier.Reading read(String text) {
        return Classifier.classify(BodyText.written(text), null, M, WEEK);
    }

    @ParameterizedTest(name = "{1}: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # offers
            We are delighted to offer you the position of Staff Engineer.                       | offer
            I'm pleased to offer you the Senior Backend Engineer role!                          | offer
            We would like to extend you a formal offer.                                         | offer
            Please find attached your offer letter.                                             | offer
            This is our offer of employment for the role.                                       | offer
            The team has decided to extend you an offer.                                        | offer
            # rejections, in the wordings recruiting systems use
            After careful consideration, we have decided to move forward with other candidates. | rejected
            We've decided to proceed with other candidates whose experience fits better.         | rejected
            Unfortunately, we will not be moving forward with your application at this time.    | rejected
            We won't be moving forward with your candidacy.                                     | rejected
            We regret to inform you that you were not selected for the next stage.              | rejected
            Your application was not successful on this occasion.                               | rejected
            We have decided not to move forward.                                                | rejected
            We are unable to offer you the position.                                            | rejected
            We regret to inform you that the position has been filled.                          | rejected
            You are no longer under consideration for this role.                                | rejected
            We decided to go with someone else.                                                 | rejected
            We have decided to pursue other candidates at this time.                            | rejected
            We've chosen another candidate for the role.                                        | rejected
            We won't be progressing your application.                                           | rejected
            We are unable to take your application any further.                                 | rejected
            We have now filled the position.                                                    | rejected
            # delays
            Our decision is taking longer than expected.                                        | delayed
            We had to push back our decision.                                                   | delayed
            The hiring process has been delayed.                                                | delayed
            We need a bit more time to decide.                                                  | delayed
            We need a few more days to finalize.                                                | delayed
            The role is on hold for now.                                                        | delayed
            # decision dates
            We will get back to you by Friday.                                                  | timeline
            You should hear from us within the next two weeks.                                  | timeline
            We expect to make a decision early next week.                                       | timeline
            A decision by December 4th.                                                         | timeline
            # replies: what only sounds like one of the above
            We are not moving forward with the position at this time but would like to keep you in mind. | reply
            We have decided not to move forward with the role for now.                          | reply
            This does not mean we are not moving forward with your application.                 | reply
            If we decide to move forward with other candidates, we will tell you.               | reply
            Are we moving forward with other candidates? Not at all.                            | reply
            We'd like to offer you a second interview.                                          | reply
            We would love to offer you the opportunity to interview with the team.              | reply
            Unfortunately we cannot extend an offer of a later start date.                      | reply
            I wish we could offer you the role, but the budget is gone.                         | reply
            Sorry for the delay in getting back to you.                                         | reply
            Are you available next week for a call?                                             | reply
            Could you let us know by Friday?                                                    | reply
            Please send your availability by Friday.                                            | reply
            We met last Friday and it went well.                                                | reply
            Let's schedule the next round for next week.                                        | reply
            We won't have a decision by Friday.                                                 | reply
            Thanks, got it.                                                                     | reply
            If we decide to extend you an offer, it will come from Nina.                        | reply
            We will not be extending an offer of a signing bonus.                               | reply
            We are happy to extend an offer of a later start date.                              | reply
            We are happy to extend you an offer for the Staff Engineer role.                    | offer
            We will not be extending an offer of employment.                                    | rejected
            We have decided to close the position.                                              | reply
            """)
    void readsTheEvent(String text, String event) {
        assertThat(read(text).event()).as(read(text).why()).isEqualTo(EventType.parse(event).orElseThrow());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            We will get back to you by Friday.                                 | 2026-11-27
            By Friday, we will let you know.                                   | 2026-11-27
            You'll hear back within 7-10 days.                                 | 2026-12-04
            We expect to make a decision early next week.                      | 2026-12-01
            We'll be in touch next week.                                       | 2026-12-04
            A decision by December 4th.                                        | 2026-12-04
            We will let you know by Dec. 4, after the panel.                   | 2026-12-04
            We hope to have an update for you within the next two weeks.       | 2026-12-08
            """)
    void aDecisionDateCountsFromTheMessage(String text, LocalDate expected) {
        Classifier.Reading r = read(text);
        assertThat(r.event()).isEqualTo(EventType.TIMELINE);
        assertThat(r.decisionBy()).isEqualTo(expected);
        assertThat(r.why()).contains("counted from the message's date Tue 24 Nov 2026");
    }

    @Test
    void aDelayTakesTheNewDateWhenGivenAndNoneOtherwise() {
        Classifier.Reading dated = read("The process is taking longer than expected. We now expect to get back to you by December 11th.");
        assertThat(dated.event()).isEqualTo(EventType.DELAYED);
        assertThat(dated.decisionBy()).isEqualTo(LocalDate.of(2026, 12, 11));
        Classifier.Reading pushed = read("Our decision has been pushed back to next week.");
        assertThat(pushed.decisionBy()).isEqualTo(LocalDate.of(2026, 12, 4));
        Classifier.Reading open = read("Our decision is taking longer than expected.");
        assertThat(open.event()).isEqualTo(EventType.DELAYED);
        assertThat(open.decisionBy()).isNull();
        assertThat(open.why()).contains("no new date");
    }

    @Test
    void aReplyThatQuotesAnEarlierRejectionButAsksForTheNextRoundIsAReply() {
        String text = """
                Hi Alex,

                Please ignore the automated message below. Let's schedule the next round.

                Jane

                On Mon, Nov 23, 2026 at 4:00 PM Acme Careers <careers@acme.example> wrote:
                > Unfortunately, we have decided to move forward with other candidates.
                """;
        assertThat(read(text).event()).isEqualTo(EventType.REPLY);
    }

    @Test
    void theFirstRuleThatAppliesWins() {
        // an offer and a date: the offer
        assertThat(read("We are delighted to offer you the role. Please reply by Friday, we will let you know by Monday.").event())
                .isEqualTo(EventType.OFFER);
        // a rejection after a date: the rejection
        assertThat(read("We said we'd get back to you by Friday. We have decided to move forward with other candidates.")
                .event()).isEqualTo(EventType.REJECTED);
        // a delay with a decision date elsewhere in the message
        assertThat(read("Things are taking longer than expected. We will be in touch by December 11.").decisionBy())
                .isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void phrasesInASignatureOrAForwardAreNotRead() {
        assertThat(read("Got it, thanks.\n\n-- \nJane Doe\nWe will let you know by Friday.").event()).isEqualTo(EventType.REPLY);
        assertThat(read("FYI\n\n---------- Forwarded message ---------\nFrom: x@y.example\n\nWe have decided to move forward "
                + "with other candidates.").event()).isEqualTo(EventType.REPLY);
        assertThat(read("Thanks for the note!\n\nBest,\nJane\nRecruiting | We will get back to you by Friday").event())
                .isEqualTo(EventType.REPLY);
    }

    @Test
    void anInvitationComesBeforeAnyWordsAndACancellationIsNeverAnEvent() {
        Invitation request = new Invitation("REQUEST", LocalDate.of(2026, 12, 2), LocalTime.of(11, 0),
                "2026-12-02 14:00 America/New_York", List.of());
        Classifier.Reading r = Classifier.classify("We have decided to move forward with other candidates.", request, M, WEEK);
        assertThat(r.event()).isEqualTo(EventType.INTERVIEW);
        assertThat(r.why()).contains("text/calendar METHOD:REQUEST", "2026-12-02 14:00 America/New_York");
        Invitation cancel = new Invitation("CANCEL", LocalDate.of(2026, 12, 2), LocalTime.of(11, 0), "2026-12-02 14:00", List.of());
        Classifier.Reading c = Classifier.classify("", cancel, M, WEEK);
        assertThat(c.event()).isNull();
        assertThat(c.why()).contains("METHOD:CANCEL", "never logged");
        Invitation accepted = new Invitation("REPLY", LocalDate.of(2026, 12, 2), LocalTime.of(11, 0), "x", List.of());
        assertThat(Classifier.classify("Dana Park has accepted this invitation.", accepted, M, WEEK).event()).isNull();
    }
}
