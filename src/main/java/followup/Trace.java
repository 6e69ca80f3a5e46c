package followup;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Where a run's time goes: with {@code FOLLOWUP_TRACE=1}, each phase of {@code today} prints its
 * wall time to the run's stderr ({@code followup: trace: schedule 12.3 ms}). A tool for the speed
 * work (src/bench/SPEED.md). One is made per run from its environment and handed to the code it
 * times (through {@code Environment} and the store); {@link #OFF}, a mark costs one test of a field.
 */
public final class Trace {

    /** A trace that prints nothing: for runs without {@code FOLLOWUP_TRACE=1}, and for tests. */
    public static final Trace OFF = new Trace(null, 0);

    /** Where the phases are printed; null when off. */
    private final PrintWriter err;
    /** When the phase now running began ({@link System#nanoTime}). */
    private long last;

    private Trace(PrintWriter err, long started) {
        this.err = err;
        this.last = started;
    }

    /**
     * The trace of a run with these environment variables: printing to {@code err} when
     * FOLLOWUP_TRACE=1, else {@link #OFF}.
     *
     * @param started when the run began ({@link System#nanoTime}): the first phase is timed from it
     */
    public static Trace of(Map<String, String> variables, PrintWriter err, long started) {
        return "1".equals(variables.get("FOLLOWUP_TRACE")) ? new Trace(err, started) : OFF;
    }

    /** Ends a phase: prints the time since the previous mark (or since the run began). */
    public void mark(String phase) {
        if (err != null) {
            long now = System.nanoTime();
            err.println("followup: trace: " + phase + " " + (now - last) / 100_000 / 10.0 + " ms");
            last = now;
        }
    }
}
