package followup.report;

import followup.model.Application;
import followup.model.Config;
import followup.schedule.Action;
import followup.schedule.Playbook;
import followup.stats.Flow;
import followup.stats.Journey;
import followup.stats.Stats;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the page shows, computed once from the applications as they stood on T: the stats
 * (the habits), each application's journey (the timelines), the flow of those journeys, and each
 * application's next action from the playbook. No fact is derived here: each comes from the
 * package that owns it.
 *
 * @param today    the as-of date T
 * @param stats    what {@code followup stats} shows
 * @param journeys every application's journey, by id
 * @param flow     where they went
 * @param next     each application's next action (by id), as {@code list} shows it
 */
public record Report(LocalDate today, Stats stats, List<Journey> journeys, Flow flow, Map<String, Action> next) {

    /** How far ahead the next action is looked for: a year, as {@code list} does. */
    static final int HORIZON_DAYS = 366;

    public static Report of(List<Application> applications, Config config, LocalDate today) {
        List<Journey> journeys = Journey.of(applications, config, today);
        Map<String, Action> next = new LinkedHashMap<>();
        for (Action a : new Playbook(config).schedule(applications, today, HORIZON_DAYS)) {
            next.putIfAbsent(a.application().id(), a); // the playbook lists them oldest due first
        }
        return new Report(today, Stats.compute(applications, config, today, null), journeys, Flow.of(journeys),
                Map.copyOf(next));
    }

    /** The next action of {@code j}'s application, or null. */
    Action next(Journey j) {
        return next.get(j.application().id());
    }

    /**
     * Whether {@code j} needs you now: its next action is due today or overdue, or it has gone
     * quiet for the silence threshold of {@code stats}.
     */
    boolean needsAttention(Journey j) {
        Action a = next(j);
        return j.quietSince() != null || a != null && !a.due().isAfter(today);
    }
}
