package followup.store;

import java.util.ArrayList;
import java.util.List;

/** Records the gaps between the store's last look at a file and its rename, for the race tests. */
public final class Gaps implements AutoCloseable {

    private final List<long[]> spans = new ArrayList<>();

    private Gaps() {
    }

    /** Starts recording; {@link #close()} stops. */
    public static Gaps record() {
        Gaps gaps = new Gaps();
        AtomicFiles.gapObserver = (look, renamed) -> {
            synchronized (gaps.spans) {
                gaps.spans.add(new long[] {look, renamed});
            }
        };
        return gaps;
    }

    /** Whether [from, to] (nanoTime) overlaps any recorded gap. */
    public boolean overlaps(long from, long to) {
        synchronized (spans) {
            return spans.stream().anyMatch(s -> from <= s[1] && to >= s[0]);
        }
    }

    public int count() {
        synchronized (spans) {
            return spans.size();
        }
    }

    /** The longest gap in microseconds. */
    public double longestMicros() {
        synchronized (spans) {
            return spans.stream().mapToLong(s -> s[1] - s[0]).max().orElse(0) / 1e3;
        }
    }

    /** The median gap in microseconds. */
    public double medianMicros() {
        synchronized (spans) {
            long[] d = spans.stream().mapToLong(s -> s[1] - s[0]).sorted().toArray();
            return d.length == 0 ? 0 : d[d.length / 2] / 1e3;
        }
    }

    @Override
    public void close() {
        AtomicFiles.gapObserver = null;
    }
}
