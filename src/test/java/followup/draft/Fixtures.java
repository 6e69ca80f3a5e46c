package followup.draft;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import followup.schedule.Outcome;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The applications the draft tests share, and the day each kind of draft is due for them. */
final class Fixtures {

    private Fixtures() {
    }

    static final Config.Me ME = new Config.Me("Alex Morgan", "alex.morgan@example.org", "+1 555 0199");
    static final Config CONFIG = new Config(ME, null, null);

    static final Contact JANE = new Contact("Jane Doe", "Hiring Manager", "jane@acme.example", "+1 555 0100",
            "https://www.linkedin.com/in/example");
    static final Contact SAM = new Contact("Sam Lee", "Recruiter", "sam.lee@acme.example", null, null);

    /** A realistic application: an onsite with a time, a decision date, an anchor. */
    static Application full() {
        return new Application("acme-corp", "Acme Corp", "Backend Engineer", Status.INTERVIEWING, "referral",
                LocalDate.of(2026, 11, 2), List.of(SAM, JANE),
                List.of(new Interview(LocalDate.of(2026, 11, 20), LocalTime.of(14, 0), List.of("Jane Doe"), "onsite")),
                LocalDate.of(2026, 11, 27), "the book \"Accelerate\" you recommended", "Team of six; Go and Postgres.",
                List.of(new LogEntry(LocalDate.of(2026, 11, 20), EventType.INTERVIEW, null, null, null)));
    }

    /** As little as an application can hold and still have had an interview. */
    static Application bare() {
        return new Application("globex", "Globex", null, Status.INTERVIEWING, null, null, null,
                List.of(new Interview(LocalDate.of(2026, 11, 20), null, null, null)),
                null, null, null, List.of(LogEntry.of(LocalDate.of(2026, 11, 2), EventType.INTERVIEW)));
    }

    /** The day the playbook (SPEC §6) would ask for each draft of {@link #full()}. */
    static LocalDate due(DraftKind kind) {
        return switch (kind) {
            case THANKS -> LocalDate.of(2026, 11, 20);           // same day
            case NOTE, LINKEDIN -> LocalDate.of(2026, 11, 23);   // roll(Sat 21) = Mon 23
            case CHECK_IN -> LocalDate.of(2026, 11, 30);         // roll(decision Fri 27 + 2)
            case FOLLOW_UP -> LocalDate.of(2026, 12, 14);        // check-in + 14
            case OTHER_OFFER -> LocalDate.of(2026, 11, 25);      // the day the offer came
            case WITHDRAW -> LocalDate.of(2026, 12, 1);          // the day after signing elsewhere
            case REJECTION_REPLY -> LocalDate.of(2026, 12, 3);   // the day after the rejection
            case KEEP_IN_TOUCH -> LocalDate.of(2027, 3, 3);      // rejection reply + 90
        };
    }

    /** Initech, whose offer (or contract) the other-offer and withdraw drafts are about. */
    static Application initech() {
        return new Application("initech", "Initech", "Staff Engineer", Status.OFFER, null, null, null, null, null,
                null, null, List.of(new LogEntry(LocalDate.of(2026, 11, 25), EventType.OFFER, null, null, null,
                        LocalDate.of(2026, 12, 4), null)));
    }

    /** What the CLI would pass: the other offer where the kind uses one. */
    static Extras extras(DraftKind kind) {
        return kind == DraftKind.OTHER_OFFER || kind == DraftKind.WITHDRAW
                ? new Extras(new Outcome(initech(), LocalDate.of(2026, 11, 25),
                        kind == DraftKind.OTHER_OFFER ? LocalDate.of(2026, 12, 4) : null), null, null)
                : Extras.NONE;
    }
}
