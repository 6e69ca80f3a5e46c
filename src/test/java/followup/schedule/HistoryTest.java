package followup.schedule;

import static followup.schedule.Apps.app;
import static followup.schedule.Apps.d;
import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One view of the past (SPEC §6): an application as it stood on T, which every command that
 * takes the as-of date reads. Columns: as-of date, the file's status, its top-level decision-by,
 * the log, and the status, decision date and check-in basis expected on T.
 */
class HistoryTest {

    @ParameterizedTest(name = "[{index}] {7}")
    @CsvSource({
        // as of,  file status, decision-by, log,                                                        status,       decision,   basis,         why
        "2026-11-20, rejected,  ,           2026-11-25 rejected,                                          interviewing, ,           INTERVIEW,     rejected on the 25th: still interviewing on the 20th",
        "2026-11-26, rejected,  ,           2026-11-25 rejected,                                          rejected,     ,           REPLY,         and rejected from the 25th on (their last word)",
        "2026-11-20, offer,     ,           2026-11-19 offer; 2026-11-24 accepted,                         offer,        ,           REPLY,         replayed from the entries up to T",
        "2026-11-20, closed,    ,           -,                                                            closed,       ,           INTERVIEW,     a status no entry sets holds at every T (hand edit, import)",
        "2026-11-12, interviewing, 2026-11-20, 2026-11-19 timeline by=2026-11-20,                          interviewing, ,           INTERVIEW,     a decision date logged on the 19th is unknown on the 12th",
        "2026-11-19, interviewing, 2026-11-20, 2026-11-19 timeline by=2026-11-20,                          interviewing, 2026-11-20, DECISION_DATE, and known from the 19th",
        "2026-11-12, interviewing, 2026-11-13, -,                                                         interviewing, 2026-11-13, DECISION_DATE, a decision date no entry sets (add, a hand edit) holds at every T",
        "2026-11-20, interviewing, 2026-11-13, 2026-11-19 delayed,                                         interviewing, ,           DELAY,         delayed with no new date clears it from its day on",
        "2026-11-18, interviewing, 2026-11-13, 2026-11-19 delayed,                                         interviewing, 2026-11-13, DECISION_DATE, but not before",
        "2026-11-23, interviewing, 2026-11-13, 2026-11-20 reply,                                           interviewing, 2026-11-13, REPLY,         a reply after the date: their last word is the basis",
        "2026-11-23, interviewing, ,           2026-11-11 timeline by=2026-11-20; 2026-11-20 reply,       interviewing, 2026-11-20, REPLY,         a reply on the date too",
    })
    void asItStoodOnT(String asOf, String fileStatus, String decisionBy, String log, String status, String decision,
            String basis, String why) {
        Application a = app("acme").status(Status.parse(fileStatus).orElseThrow()).interviews("2026-11-11")
                .decisionBy(decisionBy).log(log).build();
        History h = new History(a, d(asOf));
        assertThat(h.status.id()).isEqualTo(status);
        assertThat(h.decisionBy()).isEqualTo(decision == null ? null : d(decision));
        assertThat(h.basis()).hasToString(basis);
    }

    @Test
    void roundsNextRoundAndTheFirstInPerson() {
        Application a = app("hooli").interviews("2026-11-02 kind=phone-screen; 2026-11-10 10:00 kind=onsite; "
                + "2026-11-10 14:00 kind=onsite; 2026-11-18 kind=final-onsite").build();
        History h = new History(a, d("2026-11-12"));
        assertThat(h.rounds()).isEqualTo(2); // two interviews on one day are one round
        assertThat(h.nextRound().date()).isEqualTo(d("2026-11-18"));
        assertThat(h.firstInPerson().date()).isEqualTo(d("2026-11-10"));
        assertThat(new History(a, d("2026-11-05")).firstInPerson()).isNull();
    }

    @Test
    void theAddresseeIsTheFirstInterviewerOfTheLastRoundElseTheFirstContact() {
        Application named = app("acme").interviews("2026-11-10 with=Ann Lee; 2026-11-18 with=Pat Kim|Bob Roe")
                .contact("Bob Roe", null).contact("Ann Lee", null).build();
        assertThat(new History(named, d("2026-11-12")).addressee().name()).isEqualTo("Ann Lee");
        assertThat(new History(named, d("2026-11-20")).addressee().name()).isEqualTo("Pat Kim");
        Application unnamed = app("acme").interviews("2026-11-10").contact("Bob Roe", null).build();
        assertThat(new History(unnamed, d("2026-11-12")).addressee().name()).isEqualTo("Bob Roe");
        assertThat(new History(app("acme").build(), d("2026-11-12")).addressee()).isNull();
    }
}
