package followup.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The people of an application, and a name as a person types it matched against them (SPEC §5):
 * the whole name, or a first name or other unambiguous part of one, ignoring case and accents
 * ({@code zoe} finds Zoë Martin, {@code bill} finds Bill Lumbergh).
 */
public final class People {

    private People() {
    }

    /** Everyone named in the application: its contacts, then interviewers who are not among them. */
    public static List<String> names(Application app) {
        List<String> names = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (Contact c : app.contacts()) {
            add(names, folded, c.name());
        }
        for (Interview i : app.interviews()) {
            for (String name : i.with()) {
                add(names, folded, name);
            }
        }
        return names;
    }

    private static void add(List<String> names, List<String> folded, String name) {
        String key = fold(name);
        if (!key.isEmpty() && !folded.contains(key)) {
            folded.add(key);
            names.add(name.strip());
        }
    }

    /**
     * The names {@code typed} may mean: the one spelled the same (ignoring case, accents and
     * spacing) when there is one; else every name with a word, or a run of words, that starts with
     * what was typed ({@code "jane"}, {@code "doe"}, {@code "jane d"}). One result is a match; more
     * are ambiguous; none, a name nobody has.
     */
    public static List<String> matches(List<String> names, String typed) {
        String wanted = fold(typed);
        List<String> found = new ArrayList<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (String name : names) {
            if (fold(name).equals(wanted)) {
                return List.of(name);
            }
        }
        for (String name : names) {
            String n = fold(name);
            for (int at = 0; at >= 0; at = n.indexOf(' ', at) < 0 ? -1 : n.indexOf(' ', at) + 1) {
                if (n.startsWith(wanted, at)) {
                    found.add(name);
                    break;
                }
            }
        }
        return found;
    }

    /** Lower case, accents removed, one space between words: how two spellings of a name are compared. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
