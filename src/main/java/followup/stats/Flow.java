package followup.stats;

import followup.stats.Journey.End;
import followup.stats.Journey.Stage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the applications went: how many reached each {@link Stage}, and how many ended (or stand)
 * at each stage, by {@link End}. Every stage's count is the next stage's plus its own ends, so the
 * bands of a flow diagram drawn from it add up; the stage counts are {@code stats}' funnel.
 *
 * @param reached how many applications reached each stage
 * @param ends    for each stage, how many ended there, by end (every end present, zeros included)
 */
public record Flow(Map<Stage, Integer> reached, Map<Stage, Map<End, Integer>> ends) {

    public static Flow of(List<Journey> journeys) {
        Map<Stage, Integer> reached = new EnumMap<>(Stage.class);
        Map<Stage, Map<End, Integer>> ends = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            reached.put(s, 0);
            Map<End, Integer> zero = new EnumMap<>(End.class);
            for (End e : End.values()) {
                zero.put(e, 0);
            }
            ends.put(s, zero);
        }
        for (Journey j : journeys) {
            for (Stage s : Stage.values()) {
                if (s.ordinal() <= j.stage().ordinal()) {
                    reached.merge(s, 1, Integer::sum);
                }
            }
            ends.get(j.stage()).merge(j.end(), 1, Integer::sum);
        }
        ends.replaceAll((s, m) -> Collections.unmodifiableMap(m));
        return new Flow(Collections.unmodifiableMap(reached), Collections.unmodifiableMap(ends));
    }

    /** How many applications there are: every one reached {@link Stage#APPLIED}. */
    public int applications() {
        return reached(Stage.APPLIED);
    }

    public int reached(Stage stage) {
        return reached.get(stage);
    }

    /** How many went on from {@code stage} to the next one (none from the last). */
    public int movedOn(Stage stage) {
        int next = stage.ordinal() + 1;
        return next < Stage.values().length ? reached(Stage.values()[next]) : 0;
    }

    public int ended(Stage stage, End end) {
        return ends.get(stage).get(end);
    }

    /** How many ended at {@code stage}, whatever the end. */
    public int endedAt(Stage stage) {
        return ends.get(stage).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many ended at {@code end}, whatever the stage. */
    public int total(End end) {
        return ends.values().stream().mapToInt(m -> m.get(end)).sum();
    }
}
