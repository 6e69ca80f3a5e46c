package followup.ics;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Interview;
import followup.model.Status;
import followup.schedule.Action;
import followup.schedule.ActionType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What goes on the calendar, read from the events themselves (the file's text is CalendarCommandTest's). */
class AgendaTest {

    private static final LocalDate MON_23 = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUE_24 = LocalDate.of(2026, 11, 24);
    private static final Function<Action, String> COMMAND = a -> "do " + a.type().id() + " " + a.application().id();

    private static Application acme(Interview... interviews) {
        return new Application("acme", "Acme Corp", "Engineer", Status.INTERVIEWING, null, null, List.of(),
                List.of(interviews), null, null, null, List.of());
    }

    @Test
    void anInterviewIsTimedWithItsReminderAndCarriesTheAskTimelineOfItsDay() {
        Application acme = acme(new Interview(TUE_24, LocalTime.of(14, 0), List.of("Jane Doe"), "onsite"));
        Action ask = new Action(acme, ActionType.ASK_TIMELINE, TUE_24, null, "Ask when you will hear.");

        List<IcsEvent> events = Agenda.events(List.of(acme), List.of(ask), MON_23, 7, COMMAND);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.uid()).isEqualTo("interview-2026-11-24.acme@followup");
            assertThat(e.time()).isEqualTo(LocalTime.of(14, 0));
            assertThat(e.length()).isEqualTo(Duration.ofHours(1));
            assertThat(e.reminder()).isEqualTo(Duration.ofHours(-1));
            assertThat(e.summary()).isEqualTo("Interview: Acme Corp");
            assertThat(e.description()).isEqualTo("Acme Corp — Engineer\nOnsite with Jane Doe.\nAsk when you will hear."
                    + "\n\nSend the thank-you the same day: followup draft thanks acme");
        });
    }

    @Test
    void anOverdueActionGoesOnTodaySayingSinceWhenAndTheCommandGivenForIt() {
        Application acme = acme();
        Action thanks = new Action(acme, ActionType.THANKS, LocalDate.of(2026, 11, 20), "Zoë Dupont", "Send it.");
        Action lastYear = new Action(acme, ActionType.MOVE_ON, LocalDate.of(2025, 12, 30), null, "Close it.");

        List<IcsEvent> events = Agenda.events(List.of(acme), List.of(lastYear, thanks), MON_23, 0, COMMAND);

        assertThat(events).extracting(IcsEvent::uid)
                .containsExactly("move-on.acme@followup", "thanks-zoe-dupont.acme@followup");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.date()).isEqualTo(MON_23);
            assertThat(e.allDay()).isTrue();
            assertThat(e.reminder()).isEqualTo(Duration.ofHours(9));
        });
        assertThat(events.get(1).summary()).isEqualTo("Thank-you (Zoë Dupont): Acme Corp");
        assertThat(events.get(1).description()).isEqualTo(
                "Acme Corp — Engineer\nSend it.\nOverdue since Fri 20 Nov.\n\nDo it: do thanks acme");
        assertThat(events.get(0).description()).contains("\nOverdue since Tue 30 Dec 2025.\n");
    }

    @Test
    void twoActionsOfOneKindTakeTheNextUid() {
        Application acme = acme();
        List<Action> offers = List.of(
                new Action(acme, ActionType.TELL_OFFER, MON_23, null, "You have an offer from Initech"),
                new Action(acme, ActionType.TELL_OFFER, MON_23, null, "You have an offer from Umbrella"));

        // the first takes the plain UID; the events then sort by UID
        assertThat(Agenda.events(List.of(acme), offers, MON_23, 0, COMMAND))
                .extracting(e -> e.uid() + " " + e.description().lines().skip(1).findFirst().orElseThrow())
                .containsExactly("tell-offer.acme-2@followup You have an offer from Umbrella",
                        "tell-offer.acme@followup You have an offer from Initech");
    }

    @Test
    void aPersonIsTheSlugOfTheirNameOrAChecksumOfIt() {
        assertThat(Agenda.person("Zoë Dupont")).isEqualTo("zoe-dupont");
        assertThat(Agenda.person("山田 太郎")).matches("p[0-9a-f]+").isEqualTo(Agenda.person(" 山田 太郎 "));
        assertThat(Agenda.person("Application Team")).isEqualTo("application-team");
    }
}
