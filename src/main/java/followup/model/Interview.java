package followup.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One interview round; time and kind may be null, {@code with} may be empty. */
public record Interview(LocalDate date, LocalTime time, List<String> with, String kind) {

    public Interview {
        if (date == null) {
            throw new IllegalArgumentException("an interview needs a date");
        }
        with = with == null ? List.of() : List.copyOf(with);
    }
}
