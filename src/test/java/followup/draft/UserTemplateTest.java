package followup.draft;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user's own templates: they win over the built-ins, and their mistakes are named precisely. */
class UserTemplateTest {

    private static final String PATH = "/home/u/.config/followup/templates/thanks.mustache";
    private static final LocalDate FRI_20 = LocalDate.of(2026, 11, 20);

    private static Draft render(String template) {
        return render(template, Fixtures.full());
    }

    private static Draft render(String template, followup.model.Application app) {
        TemplateSource user = kind -> kind == DraftKind.THANKS
                ? Optional.of(new TemplateText(PATH, template)) : Optional.empty();
        return new Drafter(user, new BuiltinTemplates())
                .render(DraftKind.THANKS, app, null, Fixtures.CONFIG, FRI_20, Extras.NONE);
    }

    @Test
    void userTemplateTakesPrecedenceOverTheBuiltIn() {
        Draft d = render("{{! mine }}\nSubject: Thanks, {{contact.first-name}}!\n\nHi {{contact.first-name}},\n"
                + "great to meet you {{interview.when}} at {{interview.time}} ({{interview.kind}}).\n\n{{me.name}}\n");
        assertThat(d.subject()).isEqualTo("Thanks, Jane!");
        assertThat(d.body()).isEqualTo("Hi Jane,\ngreat to meet you today at 14:00 (onsite).\n\nAlex Morgan");
    }

    @Test
    void otherKindsStillUseTheBuiltIn() {
        TemplateSource user = kind -> kind == DraftKind.THANKS
                ? Optional.of(new TemplateText(PATH, "x")) : Optional.empty();
        Draft d = new Drafter(user, new BuiltinTemplates()).render(DraftKind.CHECK_IN, Fixtures.full(), null,
                Fixtures.CONFIG, Fixtures.due(DraftKind.CHECK_IN), null);
        assertThat(d.subject()).isEqualTo("Checking in on the Backend Engineer role");
    }

    @Test
    void withoutASubjectLineTheWholeTextIsTheBody() {
        Draft d = render("Dear {{contact.name}},\nthanks.\n");
        assertThat(d.subject()).isEmpty();
        assertThat(d.body()).isEqualTo("Dear Jane Doe,\nthanks.");
    }

    @Test
    void everyDocumentedVariableResolves() {
        String all = String.join("|", "{{id}}", "{{company}}", "{{role}}", "{{status}}", "{{source}}", "{{applied}}",
                "{{anchor}}", "{{decision-by}}", "{{decision-by-iso}}", "{{notes}}", "{{today}}", "{{today-iso}}",
                "{{contact.name}}", "{{contact.first-name}}", "{{contact.title}}", "{{contact.email}}",
                "{{contact.phone}}", "{{contact.linkedin}}", "{{interview.date}}", "{{interview.date-iso}}",
                "{{interview.weekday}}", "{{interview.month}}", "{{interview.when}}", "{{interview.time}}",
                "{{interview.kind}}", "{{interview.with}}", "{{me.name}}", "{{me.email}}", "{{me.phone}}",
                "{{other-company}}", "{{link}}", "{{brief}}", "{{has-role}}", "{{has-anchor}}", "{{has-contact}}",
                "{{has-interview}}", "{{has-decision-by}}", "{{contact.has-email}}", "{{interview.has-time}}",
                "{{me.has-phone}}", "{{has-other-company}}", "{{has-link}}", "{{has-notes}}", "{{has-source}}",
                "{{has-applied}}", "{{contact.has-title}}", "{{contact.has-phone}}", "{{contact.has-linkedin}}",
                "{{interview.has-kind}}", "{{interview.has-with}}", "{{me.has-name}}", "{{me.has-email}}",
                "{{first-follow-up}}");
        assertThat(render(all).body()).isEqualTo(String.join("|", "acme-corp", "Acme Corp", "Backend Engineer",
                "interviewing", "referral", "Monday 2 November", "the book \"Accelerate\" you recommended",
                "Friday 27 November", "2026-11-27", "Team of six; Go and Postgres.", "Friday 20 November",
                "2026-11-20", "Jane Doe", "Jane", "Hiring Manager", "jane@acme.example", "+1 555 0100",
                "https://www.linkedin.com/in/example", "Friday 20 November", "2026-11-20", "Friday", "November",
                "today", "14:00", "onsite", "Jane Doe", "Alex Morgan", "alex.morgan@example.org", "+1 555 0199",
                "", "", "false", "true", "true", "true", "true", "true", "true", "true", "true", "false", "false",
                "true", "true", "true", "true", "true", "true", "true", "true", "true", "true", "true"));
    }

    @Test
    void sectionsOverAGroupOrAnEmptyStringWork() {
        Draft d = render("{{#contact}}{{name}} ({{title}}){{/contact}}{{#link}}never{{/link}}{{^link}} no link{{/link}}");
        assertThat(d.body()).isEqualTo("Jane Doe (Hiring Manager) no link");
    }

    @Test
    void valuesAreNeverReadAsTemplates() {
        followup.model.Application a = new followup.model.Application("x", "{{me.email}} Corp", null, null, null,
                null, null, null, null, null, null, null);
        assertThat(render("{{company}}", a).body()).isEqualTo("{{me.email}} Corp");
    }

    @Test
    void unknownVariableNamesTemplateAndLineAndSuggests() {
        assertThatThrownBy(() -> render("Subject: Hi\n\nDear {{contact.first-name}},\n{{anchr}}\n"))
                .isInstanceOf(DraftException.class)
                .hasMessage(PATH + ":4: unknown variable 'anchr'; did you mean 'anchor'?");
    }

    @Test
    void unknownVariableIsFoundEvenInASectionThatWouldNotRender() {
        // the bare application has no anchor, so this section is skipped; the typo is still reported
        assertThatThrownBy(() -> render("Hello\n{{#has-anchor}}\nWe spoke of {{ancor}}.\n{{/has-anchor}}\n",
                Fixtures.bare()))
                .isInstanceOf(DraftException.class)
                .hasMessage(PATH + ":3: unknown variable 'ancor'; did you mean 'anchor'?");
    }

    @Test
    void unknownSectionIsReported() {
        assertThatThrownBy(() -> render("a\n{{#has-rol}}x{{/has-rol}}"))
                .isInstanceOf(DraftException.class)
                .hasMessage(PATH + ":2: unknown variable 'has-rol'; did you mean 'has-role'?");
    }

    @Test
    void syntaxErrorNamesTemplateAndLine() {
        assertThatThrownBy(() -> render("Subject: Hi\n\n{{#has-role}}\nabout the role\n"))
                .isInstanceOf(DraftException.class)
                .hasMessageStartingWith(PATH + ":")
                .hasMessageContaining("has-role")
                .hasMessageMatching(".*:\\d+: .*");
    }

    @Test
    void mismatchedSectionIsASyntaxError() {
        assertThatThrownBy(() -> render("{{#has-role}}\nx\n{{/has-anchor}}\n"))
                .isInstanceOf(DraftException.class)
                .hasMessageStartingWith(PATH + ":3: ");
    }

    @Test
    void printingAWholeGroupIsAnErrorNotAMapDump() {
        assertThatThrownBy(() -> render("Hi\n{{contact}}\n"))
                .isInstanceOf(DraftException.class)
                .hasMessage(PATH + ":2: 'contact' is a group of values, not text; use one of its fields,"
                        + " such as contact.name");
        assertThatThrownBy(() -> render("{{#contact}}{{.}}{{/contact}}"))
                .isInstanceOf(DraftException.class)
                .hasMessageContaining("group of values");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{{contact.name.length}}", "{{contact.name.bytes}}", "{{class}}", "{{contact.class}}",
        "{{contact.getClass}}", "{{contact.size}}", "{{contact.empty}}", "{{this.class}}", "{{company.toString}}",
        "{{#company}}{{length}}{{/company}}", "{{#contact}}{{hashCode}}{{/contact}}", "{{getClass.name}}"})
    void noTemplateCanReachAMethodOrField(String template) {
        assertThatThrownBy(() -> render(template))
                .isInstanceOf(DraftException.class)
                .hasMessageContaining("unknown variable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{> /etc/passwd}}", "{{>thanks}}", "{{< base}}{{/base}}", "{{$block}}x{{/block}}"})
    void noTemplateCanIncludeAFile(String template) {
        assertThatThrownBy(() -> render(template))
                .isInstanceOf(DraftException.class)
                .hasMessageStartingWith(PATH + ":1: ")
                .hasMessageMatching(".*(not supported|cannot be included).*");
    }

    @Test
    void checkValidatesWithoutData() {
        Drafter.check(new TemplateText("t", "{{#has-contact}}{{contact.first-name}}{{/has-contact}}"));
        assertThatThrownBy(() -> Drafter.check(new TemplateText("t", "\n\n{{nope}}")))
                .isInstanceOf(DraftException.class)
                .hasMessage("t:3: unknown variable 'nope'");
    }

    /** {@code depth} sections nested, opened with {@code open} and closed with {@code close}. */
    private static String nested(int depth, String open, String close) {
        return open.repeat(depth) + "x" + close.repeat(depth);
    }

    @Test
    void thousandsOfNestedSectionsAreAnErrorNamingTheLineNotAStackOverflow() {
        String deep = "Subject: Hi\n\n" + nested(4_000, "{{#id}}", "{{/id}}") + "\n"; // 56 KiB, under the size limit
        assertThat(deep.length()).isLessThan(Templates.MAX_CHARS);
        assertThatThrownBy(() -> render(deep))
                .isInstanceOf(DraftException.class)
                .hasMessage(PATH + ":3: sections are nested more than 20 deep; a template needs a few levels at most");
        assertThatThrownBy(() -> Drafter.check(new TemplateText(PATH, deep)))
                .isInstanceOf(DraftException.class)
                .hasMessageStartingWith(PATH + ":3: sections are nested more than 20 deep");
    }

    @Test
    void twentyLevelsAreAllowedAndTheTwentyFirstIsNot() {
        assertThat(render(nested(20, "{{#has-role}}", "{{/has-role}}")).body()).isEqualTo("x");
        assertThat(render(nested(10, "{{#has-role}}", "{{/has-role}}") + nested(10, "{{^brief}}", "{{/brief}}"))
                .body()).isEqualTo("xx"); // side by side, not nested: 10 deep each
        assertThatThrownBy(() -> render(nested(21, "{{#has-role}}", "{{/has-role}}")))
                .isInstanceOf(DraftException.class).hasMessageContaining(":1: sections are nested more than 20 deep");
        assertThatThrownBy(() -> render(nested(11, "{{#has-role}}", "{{/has-role}}").replace("x",
                nested(10, "{{^brief}}", "{{/brief}}"))))
                .as("inverted sections count too").isInstanceOf(DraftException.class)
                .hasMessageContaining("nested more than 20 deep");
    }

    @Test
    void changedDelimitersAreFollowed() {
        assertThat(render("{{=<% %>=}}" + nested(20, "<%#has-role%>", "<%/has-role%>")).body()).isEqualTo("x");
        assertThatThrownBy(() -> render("a\n{{=<% %>=}}\n" + nested(3_000, "<%#id%>", "<%/id%>")))
                .isInstanceOf(DraftException.class)
                .hasMessage(PATH + ":3: sections are nested more than 20 deep; a template needs a few levels at most");
        // a comment or a triple mustache holding what looks like a tag opens nothing
        assertThat(render("{{! {{#id }}{{{company}}}" + nested(20, "{{#has-role}}", "{{/has-role}}")).body())
                .isEqualTo("Acme Corpx");
    }

    @Test
    void aTemplateOver64KiBIsRefusedFromAnySource() {
        assertThatThrownBy(() -> render("x".repeat(Templates.MAX_CHARS + 1)))
                .isInstanceOf(DraftException.class)
                .hasMessage(PATH + ": a template larger than 64 KiB is refused");
    }
}
