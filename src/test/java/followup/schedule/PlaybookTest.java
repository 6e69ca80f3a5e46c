package followup.schedule;

import static followup.schedule.Apps.app;
import static followup.schedule.Apps.d;
import static followup.schedule.Apps.render;
import static followup.schedule.Apps.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followup.model.Application;
import followup.model.Config;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vocabulary, work days and roll(), the window and the order of the result. */
class PlaybookTest {

    @ParameterizedTest(name = "{0}: id {1}, draft {2}, ended by log {3}")
    @CsvSource({
        "ASK_TIMELINE,    ask-timeline,    ,                timeline",
        "THANKS,          thanks,          thanks,          thanks",
        "PAPER_NOTE,      paper-note,      note,            note",
        "LINKEDIN,        linkedin,        linkedin,        linkedin",
        "CHECK_IN,        check-in,        check-in,        check-in",
        "FOLLOW_UP,       follow-up,       follow-up,       follow-up",
        "MOVE_ON,         move-on,         ,                closed",
        "REJECTION_REPLY, rejection-reply, rejection-reply, rejection-reply",
        "TELL_OFFER,      tell-offer,      other-offer,     told-offer",
        "ANSWER_OFFER,    answer-offer,    ,                accepted",
        "WITHDRAW,        withdraw,        withdraw,        withdrew",
        "KEEP_IN_TOUCH,   keep-in-touch,   keep-in-touch,   keep-in-touch",
    })
    void actionTypes(ActionType type, String id, String draft, String logEvent) {
        assertThat(type.id()).isEqualTo(id);
        assertThat(type.draft().orElse(null)).isEqualTo(draft);
        assertThat(type.logEvent()).isEqualTo(logEvent);
        // every event that ends an action is one `followup log` accepts
        assertThat(followup.model.EventType.parse(logEvent)).isPresent();
    }

    @ParameterizedTest(name = "due {0} as of {1}: {2}")
    @CsvSource({"2026-11-20, 2026-11-23, overdue", "2026-11-23, 2026-11-23, today", "2026-11-25, 2026-11-23, upcoming"})
    void states(String due, String today, String state) {
        Action a = new Action(app("acme").build(), ActionType.CHECK_IN, d(due), null, "why");
        assertThat(a.state(d(today)).id()).isEqualTo(state);
    }

    @ParameterizedTest(name = "[{index}] {0} with work days {1} -> {2}")
    @CsvSource({
        "2026-11-20, mon tue wed thu fri, 2026-11-20", // Fri stays
        "2026-11-21, mon tue wed thu fri, 2026-11-23", // Sat -> Mon
        "2026-11-22, mon tue wed thu fri, 2026-11-23", // Sun -> Mon
        "2026-11-23, mon tue wed thu fri, 2026-11-23", // Mon stays
        "2026-11-20, sun mon tue wed thu, 2026-11-22", // a Sunday-to-Thursday week: Fri -> Sun
        "2026-11-21, sun mon tue wed thu, 2026-11-22", // Sat -> Sun
        "2026-11-24, mon wed,             2026-11-25", // part-time: Tue -> Wed
        "2026-11-26, mon wed,             2026-11-30", // Thu -> next Mon
        "2026-11-21, mon tue wed thu fri sat sun, 2026-11-21",
    })
    void roll(String date, String workDays, String rolled) {
        assertThat(new Playbook(config(workDays)).roll(d(date))).isEqualTo(d(rolled));
    }

    @Test
    void configWorkDaysMoveEveryRolledDate() {
        // a Sunday-to-Thursday week: decision by Thu 19 Nov + 2 = Sat -> Sun 22 Nov
        Application a = app("acme").interviews("2026-11-17").decisionBy("2026-11-19").build();
        assertThat(render(schedule(config("sun mon tue wed thu"), d("2026-11-17"), 30, a), ActionType.CHECK_IN))
                .isEqualTo("check-in 2026-11-22");
        assertThat(render(schedule(Config.DEFAULTS, d("2026-11-17"), 30, a), ActionType.CHECK_IN))
                .isEqualTo("check-in 2026-11-23");
    }

    @Test
    void windowAndOrder() {
        // two applications with overlapping actions: sorted by due, id, action order, person
        Application beta = app("beta").interviews("2026-11-20 with=Zoe|Al").build();
        Application alpha = app("alpha").interviews("2026-11-20").build();
        Application gamma = app("gamma").interviews("2026-11-25").build();
        var today = schedule(Config.DEFAULTS, d("2026-11-20"), 0, beta, gamma, alpha);
        assertThat(render(today)).isEqualTo("ask-timeline 2026-11-20; thanks 2026-11-20; "
                + "ask-timeline 2026-11-20; thanks 2026-11-20 Al; thanks 2026-11-20 Zoe");
        assertThat(today).extracting(a -> a.application().id()).containsExactly("alpha", "alpha", "beta", "beta", "beta");

        var week = schedule(Config.DEFAULTS, d("2026-11-20"), 5, beta, gamma, alpha);
        assertThat(render(week)).isEqualTo("ask-timeline 2026-11-20; thanks 2026-11-20; "
                + "ask-timeline 2026-11-20; thanks 2026-11-20 Al; thanks 2026-11-20 Zoe; "
                + "paper-note 2026-11-23; linkedin 2026-11-23; paper-note 2026-11-23; linkedin 2026-11-23; "
                + "ask-timeline 2026-11-25");
        assertThat(week).allSatisfy(a -> assertThat(a.due()).isBeforeOrEqualTo(d("2026-11-25")));
    }

    @Test
    void emptyAndNegative() {
        assertThat(new Playbook(Config.DEFAULTS).schedule(List.of(), d("2026-11-23"), 7)).isEmpty();
        assertThatThrownBy(() -> new Playbook(Config.DEFAULTS).schedule(List.of(), d("2026-11-23"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Config config(String workDays) {
        Set<DayOfWeek> days = Arrays.stream(workDays.split(" "))
                .map(s -> Arrays.stream(DayOfWeek.values()).filter(w -> w.name().toLowerCase().startsWith(s)).findFirst().orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new Config(null, days, null);
    }
}
