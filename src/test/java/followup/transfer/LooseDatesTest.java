package followup.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import followup.transfer.LooseDates.Order;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LooseDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-08-15                | 2026-08-15 | ISO
            2026-8-5                  | 2026-08-05 | ISO without leading zeros
            2026-08-15T10:00:00Z      | 2026-08-15 | ISO with a time, as boards export
            2026-08-15 10:00          | 2026-08-15 | ISO with a time after a space
            2026/08/15                | 2026-08-15 | year first is never day-month
            8/15/2026                 | 2026-08-15 | US, the day cannot be a month
            8/15/26                   | 2026-08-15 | US with a two-digit year
            15/8/2026                 | 2026-08-15 | day first, the day cannot be a month
            3/3/2026                  | 2026-03-03 | both readings are the same day
            15.08.2026                | 2026-08-15 | dots are always day first
            15 Aug 2026               | 2026-08-15 | day and month name
            15 August 2026            | 2026-08-15 | full month name
            15-Aug-26                 | 2026-08-15 | spreadsheet style
            Aug 15, 2026              | 2026-08-15 | month name first
            August 15th 2026          | 2026-08-15 | ordinal
            'Sat, 15 Aug 2026'        | 2026-08-15 | with a weekday
            'Saturday, August 15, 2026' | 2026-08-15 | with a long weekday
            '8/15/26, 10:00 AM'       | 2026-08-15 | LinkedIn's form, read generally
            """)
    void readsTheFormsOfOtherTrackers(String text, LocalDate expected, String why) {
        assertThat(LooseDates.read(text, Order.UNKNOWN).date()).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3/4/2026     | could be 4 March 2026 or 3 April 2026
            2/30/2026    | not a real date
            13/14/2026   | neither number is a month
            Smarch 3 2026 | not a date in a form
            next tuesday | not a date in a form
            2026-13-01   | not a real date
            """)
    void refusesWhatCannotBeReadOneWay(String text, String problem) {
        LooseDates.Reading r = LooseDates.read(text, Order.UNKNOWN);
        assertThat(r.ok()).isFalse();
        assertThat(r.problem()).contains(problem);
    }

    @Test
    void anotherDateInTheFileSettlesTheOrder() {
        assertThat(LooseDates.order(List.of("3/4/2026", "9/14/2026"))).isEqualTo(Order.MONTH_FIRST);
        assertThat(LooseDates.order(List.of("3/4/2026", "14/9/2026"))).isEqualTo(Order.DAY_FIRST);
        assertThat(LooseDates.read("3/4/2026", Order.MONTH_FIRST).date()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(LooseDates.read("3/4/2026", Order.DAY_FIRST).date()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void aFileShowingBothOrdersOrOnlyMistakesProvesNothing() {
        assertThat(LooseDates.order(List.of("3/4/2026", "9/14/2026", "14/9/2026"))).isEqualTo(Order.UNKNOWN);
        assertThat(LooseDates.order(List.of("3/4/2026", "2/30/2026"))).isEqualTo(Order.UNKNOWN);
        assertThat(LooseDates.order(List.of("3/4/2026", "15.08.2026", "2026-08-15"))).isEqualTo(Order.UNKNOWN);
    }

    @Test
    void linkedInWritesMonthFirst() {
        assertThat(LooseDates.readMonthFirst("3/4/26, 10:00 AM").date()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(LooseDates.readMonthFirst("8/15/26, 3:45 PM").date()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(LooseDates.readMonthFirst("15/8/26, 3:45 PM").ok()).isFalse();
    }
}
