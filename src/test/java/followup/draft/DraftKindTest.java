package followup.draft;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class DraftKindTest {

    @Test
    void idsAreTheCommandLineNames() {
        assertThat(DraftKind.names()).isEqualTo("thanks, note, linkedin, check-in, follow-up, rejection-reply,"
                + " other-offer, withdraw, keep-in-touch");
    }

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    void parseReadsBackEveryId(DraftKind kind) {
        assertThat(DraftKind.parse(kind.id())).contains(kind);
    }

    @Test
    void parseRefusesAnythingElse() {
        assertThat(DraftKind.parse("CHECK_IN")).isEmpty();
        assertThat(DraftKind.parse("check_in")).isEmpty();
        assertThat(DraftKind.parse("")).isEmpty();
        assertThat(DraftKind.parse(null)).isEmpty();
    }

    @Test
    void onlyLinkedInHasALimit() {
        assertThat(DraftKind.LINKEDIN.maxBodyLength()).hasValue(300);
        assertThat(DraftKind.THANKS.maxBodyLength()).isEmpty();
    }
}
