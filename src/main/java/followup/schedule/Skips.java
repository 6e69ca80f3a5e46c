package followup.schedule;

import followup.model.EventType;
import followup.model.LogEntry;

/**
 * What a {@code skipped} entry does to an action (SPEC §5 skip): the user dismissed it, so it is
 * hidden; with {@code until}, only until that day. Applied to every rule's actions alike, after
 * the rules, so that no rule needs to know about skipping.
 */
final class Skips {

    private Skips() {
    }

    /**
     * The action as the application's skipped entries leave it: hidden (null) while an entry for
     * it (and its person) is dated on or after its due date; with {@code until}, back on that day,
     * due then. An action that comes due again after the entry (a new wait, a new round) is
     * another one, and listed.
     */
    static Action shown(History h, Action a) {
        Action shown = a;
        for (LogEntry e : h.app.log()) {
            if (e.event() != EventType.SKIPPED || e.date().isAfter(h.today) || !a.type().id().equals(e.action())
                    || e.with() != null && !e.with().equals(a.to()) || e.date().isBefore(a.due())) {
                continue;
            }
            if (e.until() == null || h.today.isBefore(e.until())) {
                return null;
            }
            if (e.until().isAfter(shown.due())) {
                shown = new Action(a.application(), a.type(), e.until(), a.to(), a.why(), a.outcome());
            }
        }
        return shown;
    }
}
