package followup.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @Test
    void namesAreJoinedAsInASentence() {
        assertThat(Words.and(List.of())).isEmpty();
        assertThat(Words.and(List.of("Jane Doe"))).isEqualTo("Jane Doe");
        assertThat(Words.and(List.of("Jane Doe", " ", "Sam Lee"))).isEqualTo("Jane Doe and Sam Lee");
        assertThat(Words.and(List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(Words.and(List.of(" Jane\tDoe ", "Sam\nLee"))).isEqualTo("Jane Doe and Sam Lee");
    }

    @Test
    void lineTidiesWhitespaceAndDropsControlCharacters() {
        assertThat(Words.line(null)).isEmpty();
        assertThat(Words.line("  Acme\u00a0\tCorp\r\n\u0007 ")).isEqualTo("Acme Corp");
        assertThat(Words.line("Acme\u0000Corp")).isEqualTo("AcmeCorp");
    }

    @Test
    void linesKeepsEachTidiedLineAndDropsEmptyOnes() {
        assertThat(Words.lines(null)).isEmpty();
        assertThat(Words.lines(" 1  Main St \r\n\n\tSpringfield\u0007\n ")).isEqualTo("1 Main St\nSpringfield");
    }

    @ParameterizedTest
    @CsvSource({"1, first", "2, second", "3, third", "10, tenth", "11, 11th", "12, 12th", "13, 13th", "21, 21st",
        "22, 22nd", "23, 23rd", "24, 24th", "101, 101st", "111, 111th", "112, 112th"})
    void roundsAreCountedInWordsThenInFigures(int n, String expected) {
        assertThat(Words.ordinal(n)).isEqualTo(expected);
    }
}
