package followup.stats;

/**
 * {@code count} out of {@code of}, with the honesty rule: a share of fewer than
 * {@link Stats#MIN_SAMPLE} is "too little data to conclude", so it is shown as counts only.
 *
 * @param count how many had the property
 * @param of    how many could have had it (the denominator)
 */
public record Ratio(int count, int of) {

    public Ratio {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException("not a ratio: " + count + " of " + of);
        }
    }

    /** count / of, or null when there is nothing to divide by. */
    public Double share() {
        return of == 0 ? null : (double) count / of;
    }

    /** The share rounded to a whole percent, or null. */
    public Long percent() {
        Double s = share();
        return s == null ? null : Math.round(s * 100);
    }

    /** Whether the denominator is large enough for the share to mean something. */
    public boolean enoughData() {
        return of >= Stats.MIN_SAMPLE;
    }
}
