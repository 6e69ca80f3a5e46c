package followup.stats;

import java.util.List;

/**
 * A median number of days over {@code count} applications. The median, not the mean: one company
 * that took three months should not make every company look slow.
 *
 * @param median the median, or null when there are no values
 * @param count  how many values it is the median of
 */
public record Days(Double median, int count) {

    /** The median of {@code values} (the mean of the middle two for an even count). */
    public static Days of(List<Integer> values) {
        if (values.isEmpty()) {
            return new Days(null, 0);
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return new Days(median, n);
    }

    /** Whether there are enough values for the median to mean something ({@link Stats#MIN_SAMPLE}). */
    public boolean enoughData() {
        return count >= Stats.MIN_SAMPLE;
    }
}
