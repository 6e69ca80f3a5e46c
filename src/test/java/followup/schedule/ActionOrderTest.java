package followup.schedule;

import static followup.schedule.Apps.app;
import static followup.schedule.Apps.d;
import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The order of every list of actions: due date, application, {@link ActionType}, person, then why. */
class ActionOrderTest {

    @Test
    void dueThenApplicationThenTypeThenPersonThenWhy() {
        Application acme = app("acme").build();
        Application bravo = app("bravo").build();
        List<Action> expected = List.of(
                new Action(bravo, ActionType.MOVE_ON, d("2026-11-19"), null, "overdue first"),
                new Action(acme, ActionType.THANKS, d("2026-11-20"), null, "a thank-you with no person first"),
                new Action(acme, ActionType.THANKS, d("2026-11-20"), "Jane Doe", "then by name"),
                new Action(acme, ActionType.THANKS, d("2026-11-20"), "Sam Lee", "then by name"),
                new Action(acme, ActionType.TELL_OFFER, d("2026-11-20"), null, "You have an offer from Initech"),
                new Action(acme, ActionType.TELL_OFFER, d("2026-11-20"), null, "You have an offer from Umbrella"),
                new Action(bravo, ActionType.ASK_TIMELINE, d("2026-11-20"), null, "another application after"));
        assertThat(ActionType.THANKS).isLessThan(ActionType.TELL_OFFER);

        for (long seed = 0; seed < 20; seed++) {
            List<Action> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.sort(ActionOrder.INSTANCE);
            assertThat(shuffled).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void equalOnlyToAnEqualAction() {
        Action a = new Action(app("acme").build(), ActionType.LINKEDIN, d("2026-11-23"), null, "Connect.");
        Action same = new Action(app("acme").build(), ActionType.LINKEDIN, d("2026-11-23"), null, "Connect.");
        assertThat(ActionOrder.INSTANCE.compare(a, same)).isZero();
        assertThat(ActionOrder.INSTANCE.compare(a, new Action(a.application(), a.type(), a.due().plusDays(1), null,
                "Connect."))).isNegative();
    }
}
