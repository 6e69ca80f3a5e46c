package followup.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void rfc4180QuotedFieldsWithCommasQuotesAndLineBreaksKeepTheLineTheyStartOn() {
        CsvRows.Table t = CsvRows.read("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,3\r\n4,5,6\r\n\r\n\r\n");
        assertThat(t.broken()).isNull();
        assertThat(t.rows()).extracting(CsvRows.Row::line).containsExactly(1, 2, 3, 5);
        assertThat(t.rows().get(1).cells()).containsExactly("1", "x, y", "say \"hi\"");
        assertThat(t.rows().get(2).cells()).containsExactly("two\r\nlines", "", "3");
    }

    @Test
    void blankRecordsAreLeftOutAndLinesStillCount() {
        CsvRows.Table t = CsvRows.read("a,b\n\n,\n1,2\n  \n3,4");
        assertThat(t.rows()).extracting(CsvRows.Row::line).containsExactly(1, 4, 6);
        assertThat(t.rows().get(2).cells()).isEqualTo(List.of("3", "4"));
    }

    @Test
    void aQuoteNeverClosedStopsTheFileAtTheRecordItOpened() {
        CsvRows.Table t = CsvRows.read("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.brokenAt().line()).isEqualTo(3);
        assertThat(t.broken()).contains("never closed").doesNotContain("open");
    }
}
