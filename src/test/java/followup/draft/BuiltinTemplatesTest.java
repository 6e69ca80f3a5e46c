package followup.draft;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltinTemplatesTest {

    private final BuiltinTemplates builtins = new BuiltinTemplates();

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    void everyKindHasAValidTemplateThatCitesTheSeeds(DraftKind kind) {
        TemplateText t = builtins.find(kind).orElseThrow();
        assertThat(t.name()).isEqualTo("built-in " + kind.id());
        assertThat(t.text()).startsWith("{{!").containsPattern("Seeds: 00[0-4]").endsWith("\n");
        Drafter.check(t);
    }

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    void emailsHaveASubjectLineAndCardsAndRequestsDoNot(DraftKind kind) {
        String text = builtins.text(kind);
        boolean hasSubject = text.contains("\nSubject: ");
        assertThat(hasSubject).isEqualTo(kind != DraftKind.NOTE && kind != DraftKind.LINKEDIN);
    }
}
