package followup.draft;

import static org.assertj.core.api.Assertions.assertThat;

/** The marks of a template that filled a gap badly: what no draft may contain. */
final class Holes {

    private Holes() {
    }

    static void assertClean(Draft draft) {
        assertClean(draft.text());
        assertThat(draft.subject()).doesNotContain("\n", "\r");
    }

    static void assertClean(String text) {
        assertThat(text)
                .doesNotContain("null")
                .doesNotContain("Dear ,", "Hello ,", " ,", " .", " ;", " :", "( )", "the  ", "  ")
                .doesNotContain("\n\n\n")
                .doesNotContain("{{", "}}")
                .doesNotContain("role role", "the the ", "at .", "at ,");
        for (String line : text.split("\n", -1)) {
            assertThat(line).as("line of %s", text).doesNotEndWith(" ").doesNotStartWith(" ");
        }
    }
}
