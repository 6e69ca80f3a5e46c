package followup.cli;

/** ANSI colour for a person at a terminal; nothing at all otherwise (NO_COLOR, pipes, cron). */
public record Style(boolean color) {

    /** The colour codes for {@link #paint}. */
    public static final String RED = "31";
    public static final String YELLOW = "33";
    public static final String DIM = "2";

    /** {@code s} in {@code colour} (one of the codes above; null: as it is). */
    public String paint(String colour, String s) {
        return colour == null ? s : wrap(colour, s);
    }

    public String red(String s) {
        return wrap(RED, s);
    }

    public String yellow(String s) {
        return wrap(YELLOW, s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap(DIM, s);
    }

    private String wrap(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
