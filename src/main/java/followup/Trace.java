package followup;

/**
 * Where a run's time goes: with {@code FOLLOWUP_TRACE=1}, each phase of {@code today} prints its
 * wall time to stderr ({@code followup: trace: schedule 12.3 ms}). A tool for the speed work
 * (README, Speed); off, a mark costs one test of a constant.
 */
public final class Trace {

    private static final boolean ON = "1".equals(System.getenv("FOLLOWUP_TRACE"));
    private static long last = System.nanoTime();

    private Trace() {
    }

    /** Starts the clock (the first phase is measured from here). */
    public static void begin() {
        last = System.nanoTime();
    }

    /** Ends a phase: prints the time since the previous mark (or since this class was loaded). */
    public static void mark(String phase) {
        if (ON) {
            long now = System.nanoTime();
            System.err.println("followup: trace: " + phase + " " + (now - last) / 100_000 / 10.0 + " ms");
            last = now;
        }
    }
}
