package followup.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One tidy line for drafts and imported cells alike. */
class OneLineTest {

    @Test
    void runsOfWhitespaceBecomeOneSpaceAndTheEndsGo() {
        assertThat(OneLine.of("  Acme\u00a0\tCorp\r\n  Inc ")).isEqualTo("Acme Corp Inc");
    }

    @Test
    void controlCharactersAndByteOrderMarksAreDropped() {
        assertThat(OneLine.of("\uFEFFAcme\u0000Corp\u0007")).isEqualTo("AcmeCorp");
    }

    @Test
    void nullAndBlankAreEmpty() {
        assertThat(OneLine.of(null)).isEmpty();
        assertThat(OneLine.of(" \n\t")).isEmpty();
    }
}
