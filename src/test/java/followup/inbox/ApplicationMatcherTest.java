package followup.inbox;

import static followup.inbox.Mails.app;
import static followup.inbox.Mails.contact;
import static followup.inbox.Mails.message;
import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §6a "Which application": address, else domain (never a public one), else the company's name. */
class ApplicationMatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final List<Application> APPS = List.of(
            app("acme", "Acme Corp", List.of(contact("Jane Doe", "jane@acme.example")), List.of(), List.of()),
            app("hooli", "Hooli", List.of(contact("Gavin Belson", "gavin@gmail.com")), List.of(), List.of()),
            app("globex", "Globex Corporation", List.of(), List.of(), List.of()),
            app("stark", "Stark Industries", List.of(), List.of(), List.of()),
            app("stark-2", "Stark Industries", List.of(), List.of(), List.of()),
            app("societe-generale", "Société Générale", List.of(), List.of(), List.of()),
            app("initech", "Initech", List.of(contact("Bill", "bill@initech.example")), List.of(), List.of()));

    private static ApplicationMatcher.Match match(String from, String name, String subject, String... to) {
        return ApplicationMatcher.received(message("m", from, name, DAY, subject, "", to), APPS, Set.of(Mails.ME));
    }

    @ParameterizedTest(name = "{0} \"{1}\" / \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            jane@acme.example             | Jane Doe                         | Hello                                | acme   | a contact's address
            JANE@ACME.EXAMPLE             | -                                | Hello                                | acme   | ignoring case
            gavin@gmail.com               | Gavin                            | Hello                                | hooli  | a contact's address at a public provider still counts
            recruiting@acme.example       | Acme Recruiting                  | Hello                                | acme   | a contact's domain
            people@eu.acme.example        | -                                | Hello                                | acme   | a subdomain of a contact's domain
            pat@gmail.com                 | Pat                              | Hello                                | -      | a public provider's domain never counts
            no-reply@us.greenhouse-mail.io| Globex Corporation via Greenhouse| Update on your application           | globex | the company in the sender's name
            no-reply@hire.lever.co        | Globex                           | Update                               | globex | the company without its legal form
            acme@myworkday.com            | Workday                          | Your application to Acme Corp        | acme   | the company in the subject
            x@myworkday.com               | -                                | Re: Your application to Initech      | initech| after Re:
            x@y.example                   | -                                | Votre candidature à Societe Generale | societe-generale | accents ignored
            chris@gmail.com               | Chris                            | Fwd: Your application to Acme Corp   | -      | a forward's subject names someone else's message
            talent@starkhr.example        | Stark Industries Talent          | Thanks for applying                  | -      | two applications at one company
            x@y.example                   | Acmeville Bakery                 | Initechnology news                   | -      | words, not parts of words
            """)
    void findsTheApplication(String from, String name, String subject, String expected, String why) {
        ApplicationMatcher.Match m = match(from, name, subject, Mails.ME);
        if (expected == null) {
            assertThat(m.found()).as(why + ": " + m.why()).isFalse();
        } else {
            assertThat(m.application()).as(why + ": " + m.why()).isNotNull();
            assertThat(m.application().id()).as(why).isEqualTo(expected);
        }
    }

    @Test
    void aRecipientWhoIsAContactMatchesToo() {
        ApplicationMatcher.Match m = match("agency@recruiters.example", "Agency", "Hello", Mails.ME, "jane@acme.example");
        assertThat(m.application().id()).isEqualTo("acme");
        assertThat(m.why()).contains("Jane Doe", "jane@acme.example");
    }

    @Test
    void theFirstRuleThatFindsAnyDecidesAndMoreThanOneIsNoMatch() {
        ApplicationMatcher.Match two = match("jane@acme.example", "Jane", "Hi", Mails.ME, "bill@initech.example");
        assertThat(two.found()).isFalse();
        assertThat(two.why()).contains("more than one application", "acme", "initech");
        // a contact's address wins over a company name in the subject
        ApplicationMatcher.Match first = match("jane@acme.example", "Jane", "About Initech", Mails.ME);
        assertThat(first.application().id()).isEqualTo("acme");
    }

    @Test
    void mailYouSentMatchesByItsRecipientsNeverByItsSubject() {
        Message toJane = message("s1", Mails.ME, "Alex", DAY, "Thanks", "", "Jane <jane@acme.example>");
        assertThat(ApplicationMatcher.sent(toJane, APPS, Set.of(Mails.ME)).application().id()).isEqualTo("acme");
        Message toFriend = message("s2", Mails.ME, "Alex", DAY, "My Acme Corp interview", "", "friend@gmail.com");
        assertThat(ApplicationMatcher.sent(toFriend, APPS, Set.of(Mails.ME)).found()).isFalse();
    }

    @Test
    void publicProvidersIncludeTheirCountryDomains() {
        assertThat(ApplicationMatcher.isPublic("gmail.com")).isTrue();
        assertThat(ApplicationMatcher.isPublic("hotmail.co.uk")).isTrue();
        assertThat(ApplicationMatcher.isPublic("yahoo.fr")).isTrue();
        assertThat(ApplicationMatcher.isPublic("proton.me")).isTrue();
        assertThat(ApplicationMatcher.isPublic("acme.example")).isFalse();
        assertThat(ApplicationMatcher.isPublic("outlookfarm.example")).isFalse();
    }
}
