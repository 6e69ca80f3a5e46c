package followup.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §5: a name as typed against the people of an application. */
class PeopleTest {

    private static final List<String> NAMES = List.of("Bill Lumbergh", "Zoë Martin", "Bill Porter", "Jean-Luc Picard");

    @ParameterizedTest(name = "''{0}'' finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bill Lumbergh  | Bill Lumbergh                | the whole name
            bill lumbergh  | Bill Lumbergh                | case aside
            ' zoe   MARTIN'| Zoë Martin                   | accents and spacing aside
            zoe            | Zoë Martin                   | a first name
            mart           | Zoë Martin                   | the start of another word
            bill           | Bill Lumbergh;Bill Porter    | two people: ambiguous
            bill p         | Bill Porter                  | more of the name
            jean-luc       | Jean-Luc Picard              | a hyphenated first name
            art            | ''                           | inside a word is not a part of the name
            bob            | ''                           | nobody
            """)
    void matches(String typed, String expected, String why) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(People.matches(NAMES, typed)).as(why).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Zoë Martin      | zoe martin
            '  Ærø   Ålesund ' | ærø alesund
            """)
    void fold(String name, String folded) {
        assertThat(People.fold(name)).isEqualTo(folded);
    }
}
