package followup.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import followup.model.Application;
import followup.schedule.Action;
import followup.schedule.Playbook;
import followup.text.DateText;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each application's coming actions, scheduled once across all applications (offers span them). */
final class NextActions {

    /** How far ahead {@code list} and {@code show} look. */
    static final int HORIZON_DAYS = 366;

    private final LocalDate today;
    private final Map<String, List<Action>> byId = new LinkedHashMap<>();

    NextActions(RootCommand root, List<Application> all) {
        this.today = root.today();
        for (Action a : new Playbook(root.config()).schedule(all, today, HORIZON_DAYS)) {
            byId.computeIfAbsent(a.application().id(), k -> new ArrayList<>()).add(a);
        }
    }

    List<Action> of(Application a) {
        return byId.getOrDefault(a.id(), List.of());
    }

    /** "thanks, overdue since Fri 20 Nov" — or a dash when nothing is coming. */
    String text(Application a) {
        List<Action> actions = of(a);
        if (actions.isEmpty()) {
            return "—";
        }
        Action next = actions.get(0);
        // the day ("Fri 27 Nov") stays on one line when the table wraps the cell
        String day = DateText.day(next.due(), today);
        return next.type().id() + (next.to() != null ? " (" + next.to() + ")" : "") + ", "
                + when(next.due()).replace(day, day.replace(' ', Table.GLUE));
    }

    String when(LocalDate due) {
        if (due.isBefore(today)) {
            return "overdue since " + DateText.day(due, today);
        }
        if (due.equals(today)) {
            return "today";
        }
        return DateText.day(due, today);
    }

    void json(JsonGenerator g, Application a) throws IOException {
        List<Action> actions = of(a);
        if (actions.isEmpty()) {
            g.writeNullField("next");
            return;
        }
        g.writeObjectFieldStart("next");
        TodayCommand.actionFields(g, actions.get(0), today);
        g.writeEndObject();
    }
}
