package followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: every unknown event, kind, id or command names what would have worked, nearest first. */
class DidYouMeanTest {

    private static final List<String> EVENTS = List.of("interview", "thanks", "note", "check-in", "closed",
            "timeline", "told-offer", "offer");

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            thnaks    | thanks           | two letters swapped
            thank     | thanks           | the start of it
            chekin    | check-in         | a letter and the hyphen left out
            ofer      | offer            | a letter left out
            tim       | timeline         | a prefix
            xyzzy     | ''               | nothing close
            ''        | ''               | nothing typed
            """)
    void nearestFirst(String typed, String first, String why) {
        List<String> near = DidYouMean.nearest(typed, EVENTS);
        if (first.isEmpty()) {
            assertThat(near).as(why).isEmpty();
        } else {
            assertThat(near).as(why).isNotEmpty().first().isEqualTo(first);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            thnaks | unknown event 'thnaks'; did you mean 'thanks'? (events: a, thanks)
            zzzzzz | unknown event 'zzzzzz'; events: a, thanks
            """)
    void unknownSaysWhatWouldHaveWorked(String typed, String message) {
        assertThat(DidYouMean.unknown("event", typed, "a, thanks", "events")).isEqualTo(message);
    }
}
