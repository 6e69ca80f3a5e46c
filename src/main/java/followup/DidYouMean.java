package followup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a person probably meant when they typed a name we do not know (an event, a draft kind, a
 * status, a command, an id): the known names nearest first, as git and taskwarrior suggest them.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The known names close to {@code typed} (a few typing slips away, or starting with it),
     * nearest first; empty when none is close.
     */
    public static List<String> nearest(String typed, Collection<String> known) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        List<String> close = new ArrayList<>();
        for (String k : known) {
            if (close(t, k.toLowerCase(Locale.ROOT))) {
                close.add(k);
            }
        }
        close.sort(Comparator.comparingInt(k -> rank(t, k.toLowerCase(Locale.ROOT))));
        return close;
    }

    /**
     * {@code "; did you mean 'thanks'?"} (or {@code 'a' or 'b'}) for the nearest known names, or
     * {@code ""} when none is close; to follow the part of a message that says what is unknown.
     */
    public static String hint(String typed, Collection<String> known) {
        List<String> near = nearest(typed, known);
        if (near.isEmpty()) {
            return "";
        }
        List<String> quoted = new ArrayList<>();
        for (String n : near.subList(0, Math.min(3, near.size()))) {
            quoted.add("'" + n + "'");
        }
        return "; did you mean " + String.join(" or ", quoted) + "?";
    }

    /**
     * The message for a name we do not know: {@code unknown event 'thnaks'; did you mean 'thanks'?
     * (events: ...)}, or {@code unknown event 'xyz'; events: ...} when nothing is close.
     *
     * @param what  what was typed, in words ({@code "event"}, {@code "draft kind"})
     * @param names the known names, joined by {@code ", "}
     * @param plural what the list is called ({@code "events"})
     */
    public static String unknown(String what, String typed, String names, String plural) {
        String hint = hint(typed, List.of(names.split(", ")));
        return "unknown " + what + " '" + typed + "'" + (hint.isEmpty() ? "; " + plural + ": " + names
                : hint + " (" + plural + ": " + names + ")");
    }

    private static boolean close(String typed, String known) {
        if (typed.isEmpty()) {
            return false;
        }
        if (known.startsWith(typed) || typed.startsWith(known) && known.length() >= 3) {
            return true;
        }
        int allowed = known.length() <= 3 ? 1 : known.length() <= 6 ? 2 : 3;
        return distance(typed, known) <= allowed;
    }

    private static int rank(String typed, String known) {
        return known.startsWith(typed) ? 0 : distance(typed, known);
    }

    /** Edits (insert, delete, replace, swap two neighbours) from a to b: optimal string alignment. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
