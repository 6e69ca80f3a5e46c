package followup.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Applied            | applied
            In Review          | applied
            Phone Screen       | interviewing
            interview          | interviewing
            On-site            | interviewing
            Offer              | offer
            Negotiating        | offer
            Hired              | accepted
            Offer Accepted     | accepted
            Declined           | declined
            Not Selected       | rejected
            rejected           | rejected
            I Withdrew         | withdrawn
            Ghosted 👻         | closed
            No Response 🔕     | closed
            Archived           | closed
            CLOSED             | closed
            """)
    void mapsTrackersWordsToStatuses(String word, String status) {
        assertThat(StatusWords.status(word)).contains(Status.parse(status).orElseThrow());
    }

    @Test
    void savedJobsAreNotApplicationsYet() {
        for (String word : new String[] {"Wishlist", "Saved", "Bookmarked", "Applying"}) {
            assertThat(StatusWords.notApplied(word)).as(word).isTrue();
            assertThat(StatusWords.status(word)).as(word).isEmpty();
        }
    }

    @Test
    void everyStatusHasItsOwnNameAndTheListSaysWhichWordGivesWhat() {
        for (Status s : Status.values()) {
            assertThat(StatusWords.status(s.id())).contains(s);
        }
        assertThat(StatusWords.known()).startsWith("applied: applied, submitted").contains("; closed: closed");
        assertThat(StatusWords.status("maybe later")).isEmpty();
        assertThat(StatusWords.notApplied("maybe later")).isFalse();
    }
}
