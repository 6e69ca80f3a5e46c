package followup.schedule;

import java.util.Comparator;

/**
 * The order of every list of actions (SPEC §6): due date, then application, then the order of
 * {@link ActionType}, then person. A class, not a chain of Comparator.comparing: every run sorts
 * with it, and each lambda of such a chain costs a bootstrap on a cold JVM.
 */
final class ActionOrder implements Comparator<Action> {

    static final ActionOrder INSTANCE = new ActionOrder();

    private ActionOrder() {
    }

    @Override
    public int compare(Action a, Action b) {
        int c = a.due().compareTo(b.due());
        if (c == 0) {
            c = nullsFirst(a.application().id(), b.application().id());
        }
        if (c == 0) {
            c = a.type().compareTo(b.type());
        }
        if (c == 0) {
            c = nullsFirst(a.to(), b.to());
        }
        // only two offers elsewhere on one day tie this far; the why names each company
        return c != 0 ? c : a.why().compareTo(b.why());
    }

    private static int nullsFirst(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
