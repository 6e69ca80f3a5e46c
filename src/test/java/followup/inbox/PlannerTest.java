package followup.inbox;

import static followup.inbox.Mails.app;
import static followup.inbox.Mails.contact;
import static followup.inbox.Mails.message;
import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Config;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mail you sent closes the touch that was due for that person that day, else nothing; what a run
 * wrote counts for the messages after it; nothing is proposed twice.
 */
class PlannerTest {

    private static final Config CONFIG = new Config(new Config.Me("Alex Kim", Mails.ME, null), null, null);
    private static final LocalDate FRI = LocalDate.of(2026, 11, 20);

    private static Application acme(List<LogEntry> log) {
        return app("acme", "Acme Corp", List.of(contact("Jane Doe", "jane@acme.example"), contact("Sam Lee", "sam@acme.example")),
                List.of(new Interview(FRI, LocalTime.of(14, 0), List.of("Jane", "Sam Lee"), null)), log);
    }

    private static Proposal propose(Application a, Message m) {
        return new Planner(CONFIG, LocalDate.of(2026, 11, 30), List.of(a)).propose(m);
    }

    @Test
    void oneThankYouToEveryInterviewerIsOnePlainThanks() {
        Proposal p = propose(acme(List.of()), message("t", Mails.ME, "Alex", FRI, "Thank you", "",
                "Jane Doe <jane@acme.example>", "sam@acme.example"));
        assertThat(p.kind()).isEqualTo(Proposal.Kind.LOG);
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo(EventType.THANKS);
            assertThat(e.with()).isNull();
            assertThat(e.note()).isEqualTo("Thank you");
            assertThat(e.messageId()).isEqualTo("<t@test>");
        });
        assertThat(p.commands()).containsExactly("followup log acme thanks --on 2026-11-20 --note \"Thank you\"");
    }

    @Test
    void aThankYouToOneInterviewerClosesTheirsAlone() {
        // the file names her "Jane"; the mail goes to the contact Jane Doe: the same person
        Proposal p = propose(acme(List.of()), message("t", Mails.ME, "Alex", FRI.plusDays(1), "Thanks", "",
                "jane@acme.example"));
        assertThat(p.entries()).singleElement().satisfies(e -> assertThat(e.with()).isEqualTo("Jane"));
        assertThat(p.why()).contains("sent by you", "thanks to Jane");
    }

    @Test
    void aCheckInSentTheDayItWasDueIsTheCheckIn() {
        Application a = app("vandelay", "Vandelay Industries", List.of(contact("Art Vandelay", "art@vandelay.example")),
                List.of(new Interview(LocalDate.of(2026, 11, 10), null, List.of("Art Vandelay"), null)),
                List.of(LogEntry.of(LocalDate.of(2026, 11, 10), EventType.THANKS),
                        new LogEntry(LocalDate.of(2026, 11, 10), EventType.TIMELINE, null, LocalDate.of(2026, 11, 16), null)));
        Proposal p = propose(a, message("c", Mails.ME, "Alex", LocalDate.of(2026, 11, 18), "Checking in", "",
                "art@vandelay.example"));
        assertThat(p.event()).isEqualTo(EventType.CHECK_IN);
        Proposal early = propose(a, message("e", Mails.ME, "Alex", LocalDate.of(2026, 11, 17), "Checking in", "",
                "art@vandelay.example"));
        assertThat(early.kind()).isEqualTo(Proposal.Kind.SKIPPED);
        assertThat(early.why()).contains("no thank-you, check-in or other message was due", "not guessed");
    }

    @Test
    void mailYouSentWhenNothingWasDueIsSkippedAndMailToNoContactIsNotMatched() {
        Application a = acme(List.of(LogEntry.of(FRI, EventType.THANKS)));
        Proposal p = propose(a, message("p", Mails.ME, "Alex", LocalDate.of(2026, 11, 23), "Parking?", "", "jane@acme.example"));
        assertThat(p.kind()).isEqualTo(Proposal.Kind.SKIPPED);
        Proposal friend = propose(a, message("f", Mails.ME, "Alex", FRI, "My Acme Corp interview!", "", "friend@gmail.com"));
        assertThat(friend.kind()).isEqualTo(Proposal.Kind.UNMATCHED);
    }

    @Test
    void aThankYouLoggedByHandIsNotProposedAgain() {
        Application a = acme(List.of(LogEntry.of(FRI, EventType.THANKS)));
        Proposal p = propose(a, message("t", Mails.ME, "Alex", FRI, "Thank you", "", "jane@acme.example"));
        assertThat(p.kind()).isEqualTo(Proposal.Kind.ALREADY_LOGGED);
    }

    @Test
    void whatARunWroteCountsForTheMessagesAfterIt() {
        // an invitation read first makes the thank-you sent on its day the thank-you it was
        Application a = app("acme", "Acme Corp", List.of(contact("Jane Doe", "jane@acme.example")), List.of(), List.of());
        Planner planner = new Planner(CONFIG, LocalDate.of(2026, 12, 2), List.of(a));
        LocalDate dec2 = LocalDate.of(2026, 12, 2);
        Message invite = new Message("i", "<i@test>", LocalDate.of(2026, 11, 23).atStartOfDay(ZoneOffset.UTC),
                new Message.Person("Jane Doe", "jane@acme.example"), List.of(new Message.Person(null, Mails.ME)), List.of(),
                "Invitation", null, new Invitation("REQUEST", dec2, LocalTime.of(10, 0), "x",
                        List.of(new Invitation.Attendee("Jane Doe", "jane@acme.example"),
                                new Invitation.Attendee("Alex Kim", Mails.ME))),
                new Classifier.Reading(EventType.INTERVIEW, null, "an invitation"));
        Proposal first = planner.propose(invite);
        assertThat(first.interview().with()).containsExactly("Jane Doe"); // not you
        Message thanks = message("t", Mails.ME, "Alex", dec2, "Thank you", "", "jane@acme.example");
        Planner untold = new Planner(CONFIG, dec2, List.of(a));
        assertThat(untold.propose(thanks).kind()).as("without the interview nothing was due").isEqualTo(Proposal.Kind.SKIPPED);
        planner.applied(first);
        Proposal second = planner.propose(thanks);
        assertThat(second.event()).isEqualTo(EventType.THANKS);
        // and the same invitation again is already logged
        assertThat(planner.propose(invite).kind()).isEqualTo(Proposal.Kind.ALREADY_LOGGED);
    }

    @Test
    void aRejectionReplyFollowsARejectionThatWasWritten() {
        Application a = acme(List.of(LogEntry.of(FRI, EventType.THANKS)));
        Planner planner = new Planner(CONFIG, LocalDate.of(2026, 11, 30), List.of(a));
        Proposal rejection = planner.propose(message("r", "jane@acme.example", "Jane", LocalDate.of(2026, 11, 24), "Update",
                "We have decided to move forward with other candidates."));
        assertThat(rejection.event()).isEqualTo(EventType.REJECTED);
        assertThat(rejection.isOutcome()).isTrue();
        Message reply = message("rr", Mails.ME, "Alex", LocalDate.of(2026, 11, 25), "Re: Update", "", "jane@acme.example");
        assertThat(planner.propose(reply).kind()).as("the rejection is not written yet").isEqualTo(Proposal.Kind.SKIPPED);
        Planner after = new Planner(CONFIG, LocalDate.of(2026, 11, 30), List.of(a));
        after.applied(after.propose(rejection.message()));
        assertThat(after.propose(reply).event()).isEqualTo(EventType.REJECTION_REPLY);
    }

    @Test
    void theirMessagesAreDatedByTheirDayAndNeverAfterToday() {
        Application a = acme(List.of());
        Planner planner = new Planner(CONFIG, LocalDate.of(2026, 11, 24), List.of(a));
        Proposal future = planner.propose(message("f", "jane@acme.example", "Jane", LocalDate.of(2026, 11, 25), "Hi", "Thanks!"));
        assertThat(future.kind()).isEqualTo(Proposal.Kind.SKIPPED);
        assertThat(future.why()).contains("after today");
        Proposal reply = planner.propose(message("r", "jane@acme.example", "Jane", LocalDate.of(2026, 11, 24), "Hi", "Thanks!"));
        assertThat(reply.entries()).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 24)));
        planner.applied(reply);
        Proposal again = planner.propose(message("r2", "jane@acme.example", "Jane", LocalDate.of(2026, 11, 24), "Hi", "More thanks!"));
        assertThat(again.kind()).as("a second reply that day is the same entry").isEqualTo(Proposal.Kind.ALREADY_LOGGED);
    }

    @Test
    void withoutMeEmailMailToAContactFromAStrangerIsNotReadAsTheirs() {
        Planner planner = new Planner(Config.DEFAULTS, LocalDate.of(2026, 11, 30), List.of(acme(List.of())));
        assertThat(planner.knowsMe()).isFalse();
        Proposal p = planner.propose(message("s", "alex@somewhere.example", "Alex", FRI, "Thank you", "Thanks!",
                "jane@acme.example"));
        assertThat(p.kind()).isEqualTo(Proposal.Kind.SKIPPED);
        assertThat(p.why()).contains("set me.email");
        Proposal mine = planner.propose(message("s2", "alex@somewhere.example", "Alex", FRI, "My Acme Corp interview", "Thanks!",
                "jane@acme.example"));
        assertThat(mine.kind()).as("the subject names them, but it went to them").isEqualTo(Proposal.Kind.SKIPPED);
        Proposal fromJane = planner.propose(message("j", "jane@acme.example", "Jane", FRI, "Hi", "Thanks!", "alex@somewhere.example"));
        assertThat(fromJane.event()).isEqualTo(EventType.REPLY);
        Proposal workday = planner.propose(message("w", "acme@myworkday.com", null, FRI.plusDays(3), "Your application to Acme Corp",
                "We have decided to move forward with other candidates.", "alex@somewhere.example"));
        assertThat(workday.event()).as("a recruiting system's mail to you is theirs").isEqualTo(EventType.REJECTED);
    }

    @Test
    void shellQuotingOfCommands() {
        assertThat(Proposal.quoted("Jane")).isEqualTo("Jane");
        assertThat(Proposal.quoted("Jane Doe")).isEqualTo("\"Jane Doe\"");
        assertThat(Proposal.quoted("Re: \"$100\" bonus")).isEqualTo("'Re: \"$100\" bonus'");
        assertThat(Proposal.quoted("it's $5")).isEqualTo("'it'\\''s $5'");
        assertThat(Proposal.quoted("-rf")).isEqualTo("\"-rf\"");
    }
}
