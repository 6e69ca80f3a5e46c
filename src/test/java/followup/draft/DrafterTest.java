package followup.draft;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrafterTest {

    private final Drafter drafter = new Drafter(TemplateSource.none(), new BuiltinTemplates());
    private static final LocalDate FRI_20 = LocalDate.of(2026, 11, 20);
    private static final LocalDate MON_23 = LocalDate.of(2026, 11, 23);

    private static Application app(List<Contact> contacts, List<Interview> interviews) {
        return new Application("acme-corp", "Acme Corp", "Backend Engineer", Status.INTERVIEWING, null, null,
                contacts, interviews, null, null, null, null);
    }

    private Draft thanks(Application app, String to) {
        return drafter.render(DraftKind.THANKS, app, to, Fixtures.CONFIG, MON_23, null);
    }

    // --- who the draft goes to

    @Test
    void defaultsToTheInterviewerOfTheLastInterviewNotTheFirstContact() {
        Draft d = thanks(Fixtures.full(), null);
        assertThat(d.toName()).isEqualTo("Jane Doe");
        assertThat(d.toEmail()).isEqualTo("jane@acme.example");
        assertThat(d.text()).startsWith("To: Jane Doe <jane@acme.example>\nSubject: ").contains("\n\nDear Jane,\n");
    }

    @Test
    void ignoresInterviewsAfterToday() {
        Application a = app(List.of(Fixtures.SAM, Fixtures.JANE), List.of(
                new Interview(FRI_20, null, List.of("Jane Doe"), null),
                new Interview(LocalDate.of(2026, 12, 4), null, List.of("Sam Lee"), null)));
        Draft d = thanks(a, null);
        assertThat(d.toName()).isEqualTo("Jane Doe");
        assertThat(d.body()).contains("meeting with me on Friday");
    }

    @Test
    void withoutANamedInterviewerTakesTheFirstContact() {
        Application a = app(List.of(Fixtures.SAM, Fixtures.JANE), List.of(new Interview(FRI_20, null, null, null)));
        assertThat(thanks(a, null).toName()).isEqualTo("Sam Lee");
    }

    @Test
    void anInterviewerWhoIsNotAContactIsAddressedByNameWithoutAnEmail() {
        Application a = app(List.of(Fixtures.SAM), List.of(new Interview(FRI_20, null, List.of("Pat Kim"), null)));
        Draft d = thanks(a, null);
        assertThat(d.text()).startsWith("To: Pat Kim\n").contains("Dear Pat,");
    }

    @Test
    void withNobodyKnownAddressesTheTeamAndLeavesToEmpty() {
        Draft d = thanks(app(List.of(), List.of(new Interview(FRI_20, null, null, null))), null);
        assertThat(d.toName()).isEmpty();
        assertThat(d.toEmail()).isEmpty();
        assertThat(d.text()).startsWith("To:\nSubject: ").contains("\n\nDear Acme Corp team,\n");
        Holes.assertClean(d);
    }

    @Test
    void toMatchesFullNameOrFirstNameIgnoringCase() {
        assertThat(thanks(Fixtures.full(), "sam lee").toName()).isEqualTo("Sam Lee");
        assertThat(thanks(Fixtures.full(), "  SAM ").toName()).isEqualTo("Sam Lee");
        assertThat(thanks(Fixtures.full(), "jane").body()).startsWith("Dear Jane,");
    }

    @Test
    void unknownToNameListsThePeopleKnown() {
        assertThatThrownBy(() -> thanks(Fixtures.full(), "Pat"))
                .isInstanceOf(DraftException.class)
                .hasMessage("no contact named 'Pat' at Acme Corp; known: Sam Lee, Jane Doe");
    }

    @Test
    void ambiguousFirstNameListsThePeopleKnown() {
        Application a = app(List.of(Contact.named("Jane Doe"), Contact.named("Jane Roe")), List.of());
        assertThatThrownBy(() -> thanks(a, "jane"))
                .isInstanceOf(DraftException.class)
                .hasMessage("'jane' could be more than one person at Acme Corp; known: Jane Doe, Jane Roe");
    }

    @Test
    void toNameWithNoContactsSaysSo() {
        assertThatThrownBy(() -> thanks(app(List.of(), List.of()), "Pat"))
                .isInstanceOf(DraftException.class)
                .hasMessageContaining("Acme Corp has no contacts yet");
    }

    @Test
    void interviewersNamedOnlyInAnInterviewCanBeChosen() {
        Application a = app(List.of(Fixtures.SAM), List.of(new Interview(FRI_20, null, List.of("Pat Kim"), null)));
        assertThat(thanks(a, "pat kim").toName()).isEqualTo("Pat Kim");
    }

    // --- what the built-in texts say

    @Test
    void theAnchorAppearsInTheThankYouAndNoOtherDraftWhileInPlay() {
        // 004: "used parsimoniously": the thank-you, and later only the keep-in-touch after a rejection
        EnumSet<DraftKind> with = EnumSet.noneOf(DraftKind.class);
        for (DraftKind kind : DraftKind.values()) {
            Draft d = drafter.render(kind, Fixtures.full(), null, Fixtures.CONFIG, Fixtures.due(kind),
                    Fixtures.extras(kind));
            if (d.body().contains("Accelerate")) {
                with.add(kind);
            }
        }
        assertThat(with).containsExactly(DraftKind.THANKS);
    }

    @Test
    void thankYouIsSpecificRestatesValueAndConfirmsTheTimeline() {
        Draft d = drafter.render(DraftKind.THANKS, Fixtures.full(), null, Fixtures.CONFIG, FRI_20, null);
        assertThat(d.subject()).contains("Backend Engineer");
        assertThat(d.body()).contains("today", "Backend Engineer", "Acme Corp", "contribution",
                "by Friday 27 November");
    }

    @Test
    void thankYouAsksForTheTimelineWhenNoneWasGiven() {
        Draft d = drafter.render(DraftKind.THANKS, app(List.of(Fixtures.JANE), List.of()), null, Fixtures.CONFIG,
                FRI_20, null);
        assertThat(d.body()).contains("when you expect to reach a decision?");
    }

    @Test
    void checkInIsBriefAndAsksAboutTheDecision() {
        Draft d = drafter.render(DraftKind.CHECK_IN, Fixtures.full(), null, Fixtures.CONFIG,
                Fixtures.due(DraftKind.CHECK_IN), null);
        assertThat(d.body()).contains("decision").contains("Friday 27 November");
        assertThat(d.body().split("\\s+")).hasSizeLessThan(110);
    }

    @Test
    void followUpSharesALinkWhenGiven() {
        Draft d = drafter.render(DraftKind.FOLLOW_UP, Fixtures.bare(), null, Config.DEFAULTS,
                Fixtures.due(DraftKind.FOLLOW_UP), new Extras(null, "https://example.org/article", null));
        assertThat(d.body()).contains("I came across this recently and thought you might find it interesting:\n"
                + "https://example.org/article");
        Holes.assertClean(d);
    }

    @Test
    void rejectionReplyCoversWhatTheSeedsAsk() {
        Draft d = drafter.render(DraftKind.REJECTION_REPLY, Fixtures.full(), null, Fixtures.CONFIG,
                Fixtures.due(DraftKind.REJECTION_REPLY), null);
        assertThat(d.body()).contains("Thank you", "enjoyed meeting you and the team", "all the best", "feedback",
                "introduction", "another opening", "LinkedIn", "contract");
    }

    @Test
    void otherOfferNamesTheOtherCompanyOnlyWhenGiven() {
        Draft named = drafter.render(DraftKind.OTHER_OFFER, Fixtures.full(), null, Fixtures.CONFIG, MON_23,
                Fixtures.extras(DraftKind.OTHER_OFFER));
        Draft unnamed = drafter.render(DraftKind.OTHER_OFFER, Fixtures.full(), null, Fixtures.CONFIG, MON_23, null);
        assertThat(named.body()).contains("a job offer from Initech").doesNotContain("another company");
        assertThat(unnamed.body()).contains("a job offer from another company");
    }

    @Test
    void keepInTouchAsksAboutOpeningsAndOffersContractWork() {
        Draft d = drafter.render(DraftKind.KEEP_IN_TOUCH, Fixtures.full(), null, Fixtures.CONFIG,
                Fixtures.due(DraftKind.KEEP_IN_TOUCH), null);
        assertThat(d.body()).contains("new openings", "contract", "November 2026");
    }

    @Test
    void paperNoteFitsACard() {
        Draft d = drafter.render(DraftKind.NOTE, Fixtures.full(), null, Fixtures.CONFIG, MON_23, null);
        // the letter's date, then the card: greeting, a few lines, sign-off, name
        String card = d.body().substring(d.body().indexOf("Dear "));
        assertThat(card.length()).isLessThan(320);
        assertThat(card.lines().count()).isLessThanOrEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    void signsWithTheUsersNameWhenKnown(DraftKind kind) {
        Draft d = drafter.render(kind, Fixtures.full(), null, Fixtures.CONFIG, Fixtures.due(kind), null);
        assertThat(d.body()).contains("\nAlex Morgan");
    }

    @Test
    void linkedInStaysUnder300CharactersWithLongNames() {
        Contact longName = new Contact("Maximiliane-Josefine von Hohenberg-Lichtenstein", null, null, null, null);
        Application a = new Application("ing", "Internationale Nederlanden Groep Bankverzekering N.V. (Amsterdam)",
                "Senior Staff Site Reliability Engineer, Payments Infrastructure and Developer Platform",
                Status.INTERVIEWING, null, null, List.of(longName),
                List.of(new Interview(FRI_20, LocalTime.of(9, 30), List.of(longName.name()), null)),
                null, null, null, null);
        Config config = new Config(new Config.Me("Alexandra Montgomery-Fitzgerald de la Vega", null, null), null, null);
        Draft d = drafter.render(DraftKind.LINKEDIN, a, null, config, MON_23, null);
        assertThat(d.body().codePointCount(0, d.body().length())).isLessThan(300);
        assertThat(d.body()).startsWith("Hello Maximiliane-Josefine,").contains("Alexandra Montgomery")
                .doesNotContain("Senior Staff"); // the brief form, rendered when the full one is too long
        Holes.assertClean(d);

        Draft usual = drafter.render(DraftKind.LINKEDIN, Fixtures.full(), null, Fixtures.CONFIG, MON_23, null);
        assertThat(usual.body()).contains("Backend Engineer", "Acme Corp").hasSizeLessThan(200);
    }

    @Test
    void linkedInThatCannotFitIsRefusedRatherThanCut() {
        Config config = new Config(new Config.Me("A".repeat(320), null, null), null, null);
        assertThatThrownBy(() -> drafter.render(DraftKind.LINKEDIN, Fixtures.full(), null, config, MON_23, null))
                .isInstanceOf(DraftException.class)
                .hasMessageContaining("built-in linkedin: the linkedin draft is")
                .hasMessageContaining("over the 300 allowed");
    }

    @Test
    void datesInAnotherYearCarryTheYear() {
        Application a = new Application("acme", "Acme", null, Status.INTERVIEWING, null, null, null,
                List.of(new Interview(LocalDate.of(2026, 12, 30), null, null, null)),
                LocalDate.of(2027, 1, 8), null, null, null);
        Draft d = drafter.render(DraftKind.THANKS, a, null, null, LocalDate.of(2026, 12, 30), null);
        assertThat(d.body()).contains("by Friday 8 January 2027");
    }

    @Test
    void multiLineAndPaddedValuesBecomeOneTidyLine() {
        Application a = new Application("acme", "  Acme\nCorp ", "Backend\t\tEngineer\r\n", Status.INTERVIEWING,
                null, null, null, List.of(new Interview(FRI_20, null, null, null)), null, null, null, null);
        Draft d = drafter.render(DraftKind.THANKS, a, null, null, FRI_20, null);
        assertThat(d.subject()).isEqualTo("Thank you for the Backend Engineer interview");
        assertThat(d.body()).startsWith("Dear Acme Corp team,");
    }

    @Test
    void draftTextPutsToAndSubjectFirstThenABlankLine() {
        Draft d = new Draft(DraftKind.THANKS, "Doe, Jane", "jane@acme.example", "Hi", "Body");
        assertThat(d.text()).isEqualTo("To: \"Doe, Jane\" <jane@acme.example>\nSubject: Hi\n\nBody\n");
        assertThat(new Draft(DraftKind.CHECK_IN, null, null, null, "Body").text()).isEqualTo("To:\nSubject:\n\nBody\n");
        // a letter to print and a LinkedIn note have no mail headers (SPEC §7)
        assertThat(new Draft(DraftKind.NOTE, "Jane Doe", "jane@acme.example", "x", "Body").text()).isEqualTo("Body\n");
        assertThat(new Draft(DraftKind.LINKEDIN, "Jane Doe", "jane@acme.example", "x", "Body").text()).isEqualTo("Body\n");
    }

    @Test
    void originNamesTheUserTemplateOrBuiltIn() {
        Drafter d = new Drafter(kind -> kind == DraftKind.NOTE
                ? Optional.of(new TemplateText("/home/u/.config/followup/templates/note.mustache", "Hi"))
                : Optional.empty(), new BuiltinTemplates());
        assertThat(d.origin(DraftKind.NOTE)).isEqualTo("/home/u/.config/followup/templates/note.mustache");
        assertThat(d.origin(DraftKind.THANKS)).isEqualTo("built-in");
    }
}
