package followup.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application holds its interviews and log in date order, same-day entries in file order. */
class ApplicationTest {

    private static LogEntry entry(int day, EventType event, String note) {
        return new LogEntry(LocalDate.of(2026, 11, day), event, note, null, null);
    }

    private static Application with(List<Interview> interviews, List<LogEntry> log) {
        return new Application("acme", "Acme", null, Status.INTERVIEWING, null, null, null, interviews, null, null,
                null, log);
    }

    @Test
    void sortsByDateKeepingTheFileOrderOfOneDay() {
        List<LogEntry> log = List.of(entry(20, EventType.NOTE, "b"), entry(18, EventType.NOTE, "a"),
                entry(20, EventType.THANKS, "c"), entry(19, EventType.NOTE, "d"));
        assertThat(with(null, log).log()).extracting(LogEntry::note).containsExactly("a", "d", "b", "c");
        List<Interview> interviews = List.of(new Interview(LocalDate.of(2026, 11, 25), LocalTime.of(10, 0), List.of(), null),
                new Interview(LocalDate.of(2026, 11, 18), null, List.of(), null));
        assertThat(with(interviews, null).interviews()).extracting(Interview::date)
                .containsExactly(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 25));
    }

    @Test
    void keepsAnOrderedLogAsItIsAndNeverShares() {
        List<LogEntry> log = new ArrayList<>(List.of(entry(18, EventType.NOTE, "a"), entry(18, EventType.THANKS, "b"),
                entry(21, EventType.NOTE, "c")));
        Application app = with(null, log);
        assertThat(app.log()).containsExactlyElementsOf(log);
        log.clear(); // the caller's list is not the application's
        assertThat(app.log()).hasSize(3);
        assertThatThrownBy(() -> app.log().add(entry(22, EventType.NOTE, "d"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
