package followup.model;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * The user's settings from {@code config.yaml}: who they are (for drafts), their work days and
 * the playbook's numbers.
 */
public record Config(Me me, Set<DayOfWeek> workDays, Playbook playbook) {

    public Config {
        me = me == null ? Me.NOBODY : me;
        workDays = workDays == null || workDays.isEmpty()
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.copyOf(workDays);
        playbook = playbook == null ? Playbook.DEFAULTS : playbook;
    }

    public static final Config DEFAULTS = new Config(null, null, null);

    /** The job seeker; any field may be null. */
    public record Me(String name, String email, String phone) {
        public static final Me NOBODY = new Me(null, null, null);
    }

    /** The numbers of SPEC §6, under {@code playbook:} in the config file. */
    public record Playbook(
            boolean paperNote,
            boolean linkedin,
            int thanksExpireAfter,
            int checkInAfterDecision,
            int checkInAfterInterview,
            int followUpEvery,
            int moveOnAfter,
            int keepInTouchEvery,
            int keepInTouchMax) {

        public static final Playbook DEFAULTS = new Playbook(true, true, 7, 2, 7, 14, 28, 90, 2);
    }
}
