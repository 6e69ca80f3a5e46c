package followup.schedule;

import static followup.schedule.Apps.app;
import static followup.schedule.Apps.d;
import static followup.schedule.Apps.render;
import static followup.schedule.Apps.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Config;
import followup.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules that look across applications: an offer elsewhere (000, 003) and a signed contract (003). */
class CrossApplicationTest {

    /** Acme, interviewed Tue 17 Nov, with the given status, interviews and log. */
    private static Application acme(String status, String interviews, String log) {
        return app("acme").company("Acme Corp").status(Status.parse(status).orElseThrow())
                .interviews(interviews).log(log).build();
    }

    @ParameterizedTest(name = "[{index}] {6}")
    @CsvSource({
        // globex status, globex log,       acme status,  acme interviews,        acme log,               expected for acme
        "offer,    2026-11-20 offer,        interviewing, 2026-11-17,             -,                      tell-offer 2026-11-20, tell them the day the offer comes",
        "offer,    2026-11-20 offer,        interviewing, 2026-11-17,             2026-11-20 told-offer,  -,                     logging told-offer ends it",
        "offer,    2026-11-20 offer,        interviewing, 2026-11-17,             2026-11-18 told-offer,  tell-offer 2026-11-20, telling them before this offer does not count",
        "offer,    2026-11-20 offer,        applied,      -,                      -,                      -,                     no interview there yet",
        "offer,    2026-11-20 offer,        interviewing, 2026-11-17; 2026-11-27, -,                      tell-offer 2026-11-20, a next round already scheduled there: tell them too (003: immediately)",
        "offer,    2026-11-20 offer,        applied,      2026-11-27,             -,                      -,                     only a round scheduled, none held yet: nothing to tell",
        "offer,    2026-11-19 offer,        offer,        2026-11-17,             2026-11-19 offer,       tell-offer 2026-11-19, both at offer",
        "offer,    2026-11-24 offer,        interviewing, 2026-11-17,             -,                      -,                     an offer after the as-of date is not known",
        "offer,    -,                       interviewing, 2026-11-17,             -,                      -,                     status offer with no offer entry: no date to go by",
        "declined, 2026-11-19 offer; 2026-11-20 declined, interviewing, 2026-11-17, -,                    -,                     an offer you declined is no news",
        "offer,    2026-11-20 offer,        rejected,     2026-11-17,             2026-11-19 rejected,    -,                     not for a rejected one",
    })
    void tellOffer(String globexStatus, String globexLog, String acmeStatus, String acmeInterviews, String acmeLog,
            String expected, String why) {
        Application globex = app("globex").status(Status.parse(globexStatus).orElseThrow())
                .interviews("2026-11-10").log(globexLog).build();
        var actions = schedule(Config.DEFAULTS, d("2026-11-23"), 0, acme(acmeStatus, acmeInterviews, acmeLog), globex);
        assertThat(render(actions.stream().filter(a -> a.application().id().equals("acme")).toList(),
                ActionType.TELL_OFFER)).isEqualTo(expected);
    }

    @Test
    void tellOfferNamesTheOtherCompanyAndGoesBothWays() {
        Application acme = acme("offer", "2026-11-17", "2026-11-19 offer");
        Application globex = app("globex").company("Globex").status(Status.OFFER).interviews("2026-11-10")
                .log("2026-11-20 offer").build();
        var actions = schedule(d("2026-11-23"), acme, globex);
        assertThat(render(actions, ActionType.TELL_OFFER)).isEqualTo("tell-offer 2026-11-19; tell-offer 2026-11-20");
        assertThat(actions).filteredOn(a -> a.type() == ActionType.TELL_OFFER).extracting(Action::why).containsExactly(
                "You have an offer from Acme Corp since Thu 19 Nov; tell them now, honestly.",
                "You have an offer from Globex since Fri 20 Nov; tell them now, honestly.");
        assertThat(actions).filteredOn(a -> a.type() == ActionType.TELL_OFFER).extracting(a -> a.application().id())
                .containsExactly("globex", "acme");
        assertThat(ActionType.TELL_OFFER.draft()).contains("other-offer");
    }

    @Test
    void tellOfferNamesTheDayToAnswerBySoTheyCanReactInTime() {
        Application hooli = app("hooli").company("Hooli").status(Status.OFFER).interviews("2026-11-18")
                .log("2026-11-30 offer deadline=2026-12-07").build();
        Application acme = acme("interviewing", "2026-11-16; 2026-12-02", "-");
        var actions = schedule(d("2026-11-30"), acme, hooli);
        assertThat(actions).filteredOn(a -> a.type() == ActionType.TELL_OFFER).singleElement().satisfies(a -> {
            assertThat(a.application()).isSameAs(acme);
            assertThat(a.why()).isEqualTo("You have an offer from Hooli since Mon 30 Nov, to answer by Mon 7 Dec; "
                    + "tell them now, honestly, so they can react in time.");
            // what the draft needs comes with the action (issue 14): the company and the deadline
            assertThat(a.outcome().application()).isSameAs(hooli);
            assertThat(a.outcome().company()).isEqualTo("Hooli");
            assertThat(a.outcome().deadline()).isEqualTo(d("2026-12-07"));
        });
    }

    @Test
    void elsewhereCountsOnlyOffersStillInHand() {
        // Bravo's offer is in hand; Charlie made one later, which you declined: no news (003)
        Application bravo = app("bravo").company("Bravo").status(Status.OFFER).interviews("2026-11-10")
                .log("2026-11-19 offer").build();
        Application charlie = app("charlie").company("Charlie").status(Status.DECLINED).interviews("2026-11-10")
                .log("2026-11-20 offer; 2026-11-21 declined").build();
        Application alpha = acme("interviewing", "2026-11-17", "-");
        Elsewhere elsewhere = Elsewhere.of(List.of(alpha, bravo, charlie), d("2026-11-23"));
        assertThat(elsewhere.offersBesides(alpha)).extracting(Outcome::company).containsExactly("Bravo");
        assertThat(schedule(d("2026-11-23"), alpha, bravo, charlie)).filteredOn(a -> a.type() == ActionType.TELL_OFFER)
                .extracting(a -> a.outcome().company()).containsExactly("Bravo");
        // as of the 20th, Charlie's offer was still in hand
        assertThat(Elsewhere.of(List.of(alpha, bravo, charlie), d("2026-11-20")).offersBesides(alpha))
                .extracting(Outcome::company).containsExactly("Bravo", "Charlie");
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource({
        // globex log,                                                     hooli log,                             expected for globex, why
        "2026-11-25 rejected; 2026-11-26 rejection-reply,                  2026-11-30 offer; 2026-12-04 accepted, -,                        no keep-in-touch once a contract is signed since it closed: you are no longer looking",
        "2026-11-25 rejected; 2026-11-26 rejection-reply,                  2026-11-30 offer,                      keep-in-touch 2027-02-24, an offer is not a contract",
        "2026-11-25 rejected; 2026-11-26 rejection-reply,                  2025-11-30 offer; 2025-12-04 accepted, keep-in-touch 2027-02-24, a contract from an earlier search, before it closed",
        "2026-11-25 closed,                                                2026-11-25 offer; 2026-11-25 accepted, -,                        signed the day it closed",
    })
    void keepInTouchStopsOnceSignedElsewhere(String globexLog, String hooliLog, String expected, String why) {
        Application globex = app("globex").company("Globex")
                .status(globexLog.contains("rejected") ? Status.REJECTED : Status.CLOSED)
                .interviews("2026-11-13").log("2026-11-13 thanks; " + globexLog).build();
        Application hooli = app("hooli").company("Hooli")
                .status(hooliLog.contains("accepted") ? Status.ACCEPTED : Status.OFFER).interviews("2026-11-18")
                .log(hooliLog).build();
        var actions = schedule(Config.DEFAULTS, d("2027-03-01"), 60, globex, hooli);
        assertThat(render(actions.stream().filter(a -> a.application() == globex).toList(), ActionType.KEEP_IN_TOUCH))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {4}")
    @CsvSource({
        // acme status, acme interviews, acme log,            expected for acme
        "interviewing, 2026-11-20,       -,                   withdraw 2026-11-23, replaces every other action (thanks, note, ...)",
        "applied,      -,                -,                   withdraw 2026-11-23, any open application",
        "offer,        2026-11-17,       2026-11-19 offer,    withdraw 2026-11-23, an offer you did not take",
        "withdrawn,    2026-11-17,       2026-11-23 withdrew, -,                   logging withdrew ends it",
        "rejected,     2026-11-17,       2026-11-19 rejected, rejection-reply 2026-11-20, a closed one keeps its own rules",
    })
    void withdraw(String acmeStatus, String acmeInterviews, String acmeLog, String expected, String why) {
        Application globex = app("globex").status(Status.ACCEPTED).interviews("2026-11-10")
                .log("2026-11-18 offer; 2026-11-20 accepted").build();
        var actions = schedule(Config.DEFAULTS, d("2026-11-23"), 7, acme(acmeStatus, acmeInterviews, acmeLog), globex);
        assertThat(render(actions.stream().filter(a -> a.application().id().equals("acme")).toList()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource({
        "accepted, 2026-11-24 accepted, a signature after the as-of date is not known",
        "accepted, -,                   status accepted with no accepted entry: no date to go by",
        "offer,    2026-11-20 offer,    an offer is not a signed contract (003: until the ink is dry)",
    })
    void noWithdraw(String globexStatus, String globexLog, String why) {
        Application globex = app("globex").status(Status.parse(globexStatus).orElseThrow()).interviews("2026-11-10")
                .log(globexLog).build();
        var actions = schedule(Config.DEFAULTS, d("2026-11-23"), 7, acme("interviewing", "2026-11-17", "-"), globex);
        assertThat(render(actions, ActionType.WITHDRAW)).isEqualTo("-");
    }

    @Test
    void aContractSignedInAnEarlierSearchWithdrawsNothingBegunAfterIt() {
        // signed with Globex on 20 Nov 2025; Acme is a new search, begun in November 2026
        Application globex = app("globex").company("Globex").status(Status.ACCEPTED).log("2025-11-20 accepted").build();
        Application acme = acme("interviewing", "2026-11-17", "-");
        var actions = schedule(Config.DEFAULTS, d("2026-11-23"), 7, acme, globex);
        assertThat(render(actions, ActionType.WITHDRAW)).isEqualTo("-");
        assertThat(render(actions, ActionType.THANKS)).isEqualTo("thanks 2026-11-17");
        // one begun before that signature is withdrawn as ever
        Application old = app("initech").status(Status.INTERVIEWING).interviews("2025-11-10").build();
        assertThat(render(schedule(Config.DEFAULTS, d("2026-11-23"), 7, old, globex), ActionType.WITHDRAW))
                .isEqualTo("withdraw 2025-11-21"); // Thu 20 Nov 2025 + 1
    }

    @Test
    void theEarliestSignatureDecides() {
        Application initech = app("initech").company("Initech").status(Status.ACCEPTED).log("2026-11-20 accepted").build();
        Application globex = app("globex").company("Globex").status(Status.ACCEPTED).log("2026-11-18 accepted").build();
        Application acme = acme("interviewing", "2026-11-17", "-");
        for (List<Application> order : List.of(List.of(acme, globex, initech), List.of(initech, acme, globex))) {
            var actions = new Playbook(Config.DEFAULTS).schedule(order, d("2026-11-23"), 0);
            assertThat(actions).filteredOn(a -> a.application() == acme).singleElement().satisfies(a -> {
                assertThat(a.type()).isEqualTo(ActionType.WITHDRAW);
                assertThat(a.due()).isEqualTo(d("2026-11-19"));
                assertThat(a.why()).isEqualTo("You signed with Globex on Wed 18 Nov; withdraw politely so they can move on.");
            });
        }
    }
}
