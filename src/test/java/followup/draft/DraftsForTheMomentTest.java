package followup.draft;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import followup.schedule.Outcome;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drafts that state no stale fact, are written for their round and their person, take the form
 * of their medium, and say how to reach someone with no address (SPEC §7, issue "Advice you can
 * trust"). Each test names the seed it answers to.
 */
class DraftsForTheMomentTest {

    private final Drafter drafter = new Drafter(TemplateSource.none(), new BuiltinTemplates());

    private static final Contact JANE = new Contact("Jane Doe", "Hiring Manager", "jane@acme.example", "+1 555 0100",
            null, null, "Acme Corp\n1 Main St\nSpringfield");
    private static final Contact RAJ = new Contact("Raj Patel", null, null, "+1 555 0177", null,
            "idempotency keys in the payments API", null);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Interview round(String date, String kind, String... with) {
        return new Interview(d(date), LocalTime.of(10, 0), List.of(with), kind);
    }

    private static LogEntry entry(String date, EventType event) {
        return LogEntry.of(d(date), event);
    }

    private static Application acme(Status status, List<Interview> rounds, LocalDate decisionBy, LogEntry... log) {
        return new Application("acme-corp", "Acme Corp", "Backend Engineer", status, null, null, List.of(JANE, RAJ),
                rounds, decisionBy, "the book \"Accelerate\" you recommended", null, List.of(log));
    }

    private Draft draft(DraftKind kind, Application app, String to, String today) {
        return drafter.render(kind, app, to, Fixtures.CONFIG, d(today), Extras.NONE);
    }

    private static List<String> paragraphs(Draft draft) {
        List<String> out = new ArrayList<>();
        for (String p : draft.body().split("\n\n")) {
            if (!p.matches("(Dear|Hello) [^\n]*,") && !p.startsWith("Best regards,") && !p.startsWith("With best wishes,")) {
                out.add(p);
            }
        }
        return out;
    }

    // ---- no stale facts

    @Test
    void aDelayWithNoNewDateLeavesNoOldDateToCite() {
        // 001: the delay moves the check-in; the date they hoped for no longer holds
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-09", "onsite", "Jane Doe")), d("2026-11-13"),
                entry("2026-11-09", EventType.THANKS), entry("2026-11-12", EventType.DELAYED));
        Draft checkIn = draft(DraftKind.CHECK_IN, a, null, "2026-11-19");
        assertThat(checkIn.body()).doesNotContain("13 November").doesNotContain("hoped to reach a decision")
                .contains("When you wrote on Thursday 12 November, you mentioned that the decision would take a little longer");
        Holes.assertClean(checkIn);
    }

    @Test
    void aReplyOnTheDecisionDateIsTheirLastWord() {
        // "still deciding" on the day they named: the check-in answers that note, not the old date
        Application a = new Application("vandelay", "Vandelay", "Analyst", Status.INTERVIEWING, null, null,
                List.of(new Contact("Art Vandelay", null, null, "+1 555 0142", null)),
                List.of(round("2026-11-11", "onsite", "Art Vandelay")), d("2026-11-20"), null, null,
                List.of(new LogEntry(d("2026-11-20"), EventType.REPLY, "still deciding", null, null)));
        Draft checkIn = draft(DraftKind.CHECK_IN, a, null, "2026-11-27");
        assertThat(checkIn.body()).contains("Thank you again for your note of Friday 20 November")
                .doesNotContain("hoped to reach a decision");
    }

    @Test
    void aDecisionDateLoggedLaterIsUnknownOnAnEarlierDay() {
        // SPEC §6: the draft sees the application as it stood on T, like today does
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-09", "onsite", "Jane Doe")), d("2026-11-27"),
                new LogEntry(d("2026-11-19"), EventType.TIMELINE, null, d("2026-11-27"), null));
        assertThat(draft(DraftKind.THANKS, a, "Jane Doe", "2026-11-09").body()).doesNotContain("27 November")
                .contains("when you expect to reach a decision?");
        assertThat(draft(DraftKind.CHECK_IN, a, null, "2026-11-30").body()).contains("by Friday 27 November");
    }

    @Test
    void theRejectionReplyDoesNotAskToConnectWhenYouAlreadyAre() {
        // 000: ask to connect on LinkedIn — unless a linkedin entry says you are
        List<Interview> rounds = List.of(round("2026-11-09", "onsite", "Jane Doe"));
        Application connected = acme(Status.REJECTED, rounds, null, entry("2026-11-10", EventType.LINKEDIN),
                entry("2026-11-20", EventType.REJECTED));
        Application not = acme(Status.REJECTED, rounds, null, entry("2026-11-20", EventType.REJECTED));
        assertThat(draft(DraftKind.REJECTION_REPLY, connected, null, "2026-11-23").body())
                .doesNotContain("open to connecting").contains("glad we are connected on LinkedIn");
        assertThat(draft(DraftKind.REJECTION_REPLY, not, null, "2026-11-23").body())
                .contains("Would you be open to connecting on LinkedIn");
    }

    // ---- written for the round

    @Test
    void aLaterRoundThankYouIsWrittenForThatRound() {
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-09", "phone screen", "Jane Doe"),
                round("2026-11-16", "onsite", "Jane Doe")), null);
        Draft first = draft(DraftKind.THANKS, a, "Jane Doe", "2026-11-09");
        Draft second = draft(DraftKind.THANKS, a, "Jane Doe", "2026-11-16");
        assertThat(first.body()).contains("Thank you for speaking with me today"); // a phone screen
        assertThat(second.subject()).isEqualTo("Thank you for the second Backend Engineer interview");
        assertThat(second.body()).contains("Thank you for having me back today for the second round (onsite)")
                .doesNotContain("The interview confirmed my interest");
        assertThat(paragraphs(second)).doesNotContainAnyElementsOf(paragraphs(first));
    }

    @Test
    void aThankYouLooksForwardToAScheduledRoundInsteadOfAskingNextSteps() {
        // 003 confirm the timeline; with the next round already set there is nothing to ask
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-16", "onsite", "Jane Doe"),
                round("2026-12-02", "onsite", "Jane Doe")), null);
        Draft d = draft(DraftKind.THANKS, a, "Jane Doe", "2026-11-16");
        assertThat(d.body()).contains("ahead of the second round (onsite) on Wednesday 2 December, and I look forward to it")
                .doesNotContain("next steps").doesNotContain("?");
    }

    @Test
    void thankYousToAPanelNameEachOtherAndShareNoParagraph() {
        // interviewers compare notes: each thank-you is that person's own
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-16", "onsite", "Jane Doe", "Raj Patel")),
                d("2026-11-23"));
        Draft jane = draft(DraftKind.THANKS, a, "Jane Doe", "2026-11-16");
        Draft raj = draft(DraftKind.THANKS, a, "Raj Patel", "2026-11-16");
        assertThat(jane.body()).contains("together with Raj Patel", "hearing from you and Raj then");
        assertThat(raj.body()).contains("together with Jane Doe", "hearing from you and Jane then");
        assertThat(paragraphs(raj)).doesNotContainAnyElementsOf(paragraphs(jane));
    }

    @Test
    void twoCheckInsOfOneApplicationNameTheirOwnMoment() {
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-09", "onsite", "Jane Doe")), null,
                entry("2026-11-16", EventType.CHECK_IN), entry("2026-11-18", EventType.REPLY));
        Draft afterInterview = draft(DraftKind.CHECK_IN, a, null, "2026-11-16");
        Draft afterReply = draft(DraftKind.CHECK_IN, a, null, "2026-11-25");
        assertThat(afterInterview.body()).contains("since we met on Monday 9 November");
        assertThat(afterReply.body()).contains("your note of Wednesday 18 November");
        assertThat(paragraphs(afterReply)).doesNotContainAnyElementsOf(paragraphs(afterInterview));
    }

    // ---- anchors per person

    @Test
    void aPersonsOwnAnchorWinsInTheirDraftsAndStaysOutOfOthers() {
        // 004: the hook is the bond with that person
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-16", "onsite", "Jane Doe", "Raj Patel")), null);
        assertThat(draft(DraftKind.THANKS, a, "Raj Patel", "2026-11-16").body())
                .contains("our conversation about idempotency keys in the payments API").doesNotContain("Accelerate");
        assertThat(draft(DraftKind.THANKS, a, "Jane Doe", "2026-11-16").body())
                .contains("Accelerate").doesNotContain("idempotency");
    }

    @Test
    void theApplicationsAnchorIsNotCitedToSomeoneMetInALaterRound() {
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-09", "onsite", "Jane Doe"),
                round("2026-11-16", "onsite", "Jane Doe", "Tom Okafor")), null);
        assertThat(draft(DraftKind.THANKS, a, "Tom Okafor", "2026-11-16").body()).doesNotContain("Accelerate");
        assertThat(draft(DraftKind.THANKS, a, "Jane Doe", "2026-11-16").body()).doesNotContain("Accelerate");
    }

    @Test
    void theKeepInTouchAfterARejectionCitesTheAnchorOnce() {
        // 004: "a follow-up email, citing that anchor point, can be used to indicate continued
        // interest in a position even if you weren't chosen"
        List<Interview> rounds = List.of(round("2026-11-09", "onsite", "Jane Doe"));
        Application rejected = acme(Status.REJECTED, rounds, null, entry("2026-11-20", EventType.REJECTED),
                entry("2026-11-23", EventType.REJECTION_REPLY));
        Draft first = draft(DraftKind.KEEP_IN_TOUCH, rejected, null, "2027-02-22");
        assertThat(first.body()).contains("I still think of our conversation about the book \"Accelerate\" you recommended");
        Application later = acme(Status.REJECTED, rounds, null, entry("2026-11-20", EventType.REJECTED),
                entry("2026-11-23", EventType.REJECTION_REPLY), entry("2027-02-22", EventType.KEEP_IN_TOUCH));
        Draft second = draft(DraftKind.KEEP_IN_TOUCH, later, null, "2027-05-24");
        assertThat(second.body()).doesNotContain("Accelerate").contains("Since my last note in February");
        assertThat(paragraphs(second)).doesNotContainAnyElementsOf(paragraphs(first));
        // closed by you, not turned down: the hook stays with the thank-you
        Application closed = acme(Status.CLOSED, rounds, null, entry("2026-11-16", EventType.CHECK_IN),
                entry("2026-12-14", EventType.CLOSED));
        assertThat(draft(DraftKind.KEEP_IN_TOUCH, closed, null, "2027-03-15").body()).doesNotContain("Accelerate");
    }

    // ---- a follow-up with a purpose

    @Test
    void theFollowUpWeavesInTheLinkAndWhatItIsAbout() {
        // 002: "send an article that is of mutual interest"
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-09", "onsite", "Jane Doe")), null,
                entry("2026-11-16", EventType.CHECK_IN));
        Draft d = drafter.render(DraftKind.FOLLOW_UP, a, null, Fixtures.CONFIG, d("2026-11-30"),
                new Extras(null, "https://example.org/idempotency", "an article on idempotency keys at scale"));
        assertThat(d.body()).contains("I came across an article on idempotency keys at scale and thought you might "
                + "find it interesting:\nhttps://example.org/idempotency")
                .contains("follow up on my note of Monday 16 November").doesNotContain("Accelerate");
        Draft about = drafter.render(DraftKind.FOLLOW_UP, a, null, Fixtures.CONFIG, d("2026-11-30"),
                new Extras(null, null, "the news of your Series C"));
        assertThat(about.body()).contains("I came across the news of your Series C and thought of our conversation");
        Holes.assertClean(d);
        Holes.assertClean(about);
    }

    // ---- the right form for the medium

    @Test
    void thePaperNoteIsALetterToPrint() {
        // 004: "a paper note, by mail"
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-16", "onsite", "Jane Doe")), null);
        Draft d = draft(DraftKind.NOTE, a, null, "2026-11-17");
        assertThat(d.text()).startsWith("17 November 2026\n\nJane Doe\nAcme Corp\n1 Main St\nSpringfield\n\nDear Jane,\n")
                .doesNotContain("To:").doesNotContain("Subject:");
        assertThat(d.subject()).isEmpty();
        assertThat(d.notices()).isEmpty();
        Draft noAddress = draft(DraftKind.NOTE, a, "Raj Patel", "2026-11-17");
        assertThat(noAddress.text()).startsWith("17 November 2026\n\nDear Raj,\n");
        assertThat(noAddress.notices()).singleElement().asString()
                .contains("no postal address is known for Raj Patel", "'address'", "applications/acme-corp.yaml");
    }

    @Test
    void theLinkedInRequestIsAShortNoteWithNoHeaders() {
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-16", "video call", "Jane Doe")), null);
        Draft d = draft(DraftKind.LINKEDIN, a, null, "2026-11-17");
        assertThat(d.text()).startsWith("Hello Jane,\n\nIt was a pleasure to speak with you yesterday")
                .doesNotContain("To:").doesNotContain("Subject:");
        assertThat(d.text().codePointCount(0, d.text().length())).isLessThanOrEqualTo(300);
    }

    @Test
    void aContactWithOnlyAPhoneIsAddressedByNameAndToBeCalled() {
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-16", "onsite", "Raj Patel")), null);
        Draft d = draft(DraftKind.THANKS, a, null, "2026-11-16");
        assertThat(d.text()).startsWith("To: Raj Patel\nSubject: ");
        assertThat(d.toEmail()).isEmpty();
        assertThat(d.notices()).singleElement().asString()
                .isEqualTo("no email address is known for Raj Patel: the draft is addressed by name; call +1 555 0177, "
                        + "or add their 'email' in applications/acme-corp.yaml");
    }

    @Test
    void withNoNameToSignWithTheSignatureIsALineToFillIn() {
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-16", "onsite", "Jane Doe")), null);
        for (DraftKind kind : DraftKind.values()) {
            Draft d = drafter.render(kind, a, null, new Config(new Config.Me(null, "me@example.org", null), null, null),
                    d("2026-11-16"), Extras.NONE);
            assertThat(d.unsigned()).as(kind.id()).isTrue();
            assertThat(d.body()).as(kind.id()).contains("\n" + Draft.SIGNATURE_TO_FILL_IN);
        }
        assertThat(draft(DraftKind.THANKS, a, null, "2026-11-16").unsigned()).isFalse();
    }

    // ---- telling of an offer, withdrawing

    @Test
    void theOtherOfferNamesTheCompanyTheDayToAnswerByAndTheRoundAhead() {
        // 003: "Tell the company immediately", honestly, so they can react in time
        Application hooli = new Application("hooli", "Hooli", null, Status.OFFER, null, null, null, null, null, null,
                null, List.of());
        Application a = acme(Status.INTERVIEWING, List.of(round("2026-11-16", "onsite", "Jane Doe"),
                round("2026-12-02", "onsite", "Jane Doe")), null);
        Draft d = drafter.render(DraftKind.OTHER_OFFER, a, null, Fixtures.CONFIG, d("2026-11-30"),
                new Extras(new Outcome(hooli, d("2026-11-30"), d("2026-12-07")), null, null));
        assertThat(d.body()).contains("a job offer from Hooli, and I have been asked to give my answer by Monday 7 December")
                .contains("I am looking forward to our onsite on Wednesday").contains("before I give Hooli my answer");
        Draft withdraw = drafter.render(DraftKind.WITHDRAW, a, null, Fixtures.CONFIG, d("2026-12-07"),
                new Extras(new Outcome(hooli, d("2026-12-04"), null), null, null));
        assertThat(withdraw.body()).contains("I have accepted a position at Hooli");
    }
}
