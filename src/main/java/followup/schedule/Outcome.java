package followup.schedule;

import followup.model.Application;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An outcome in one application that the playbook acts on: an offer in hand (with the day it must
 * be answered by, when the {@code offer} entry gives one) or a contract signed. It is what a
 * {@code tell-offer}, {@code withdraw} or {@code answer-offer} action is about, so that the draft
 * names the same company and deadline as the why.
 *
 * @param application the application the outcome belongs to
 * @param date        the day of its {@code offer} or {@code accepted} entry
 * @param deadline    for an offer, the day to answer by; else null
 */
public record Outcome(Application application, LocalDate date, LocalDate deadline) {

    public Outcome {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(date, "date");
    }

    /** The company's name as a person reads it (the id when the file has no name). */
    public String company() {
        String name = application.company();
        return name == null || name.isBlank() ? application.id() : name.strip();
    }
}
