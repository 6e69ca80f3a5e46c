package followup.draft;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.schedule.History;
import followup.schedule.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VariablesTest {

    private static final LocalDate FRI_20 = LocalDate.of(2026, 11, 20);

    @Test
    void templatesSeeOnlyStringsBooleansAndMapsOfThem() {
        Map<String, Object> vars = Variables.build(new History(Fixtures.full(), FRI_20), Fixtures.JANE, Fixtures.ME,
                new Extras(new Outcome(Fixtures.initech(), FRI_20, FRI_20.plusDays(7)), "https://example.org",
                        "an article"), false);
        assertOnlyPlainValues(vars);
        Map<String, Object> empty = Variables.build(new History(new Application("x", "X", null, null, null, null,
                null, null, null, null, null, null), FRI_20), null, Config.Me.NOBODY, Extras.NONE, false);
        assertOnlyPlainValues(empty);
        // the same names whatever the data, so a user template is checked the same way every time
        assertThat(Variables.names(empty)).isEqualTo(Variables.names(vars));
    }

    @Test
    void firstNameIsTheFirstWordOfTheTidiedName() {
        Map<String, Object> vars = Variables.build(new History(Fixtures.full(), FRI_20), Contact.named(" Jane\t Doe"),
                Config.Me.NOBODY, Extras.NONE, false);
        assertThat(((Map<?, ?>) vars.get("contact")).get("first-name")).isEqualTo("Jane");
    }

    private static void assertOnlyPlainValues(Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            assertThat(e.getKey()).isInstanceOf(String.class);
            Object v = e.getValue();
            assertThat(v).as("value of %s", e.getKey()).isNotNull();
            if (v instanceof Map<?, ?> nested) {
                assertOnlyPlainValues(nested);
            } else {
                assertThat(v).as("value of %s", e.getKey()).isInstanceOfAny(String.class, Boolean.class);
            }
        }
    }
}
