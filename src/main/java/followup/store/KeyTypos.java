package followup.store;

import followup.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keys a person probably meant to be ours (SPEC §5 check): an unknown key one or two edits away
 * from a known key at the same place ({@code stauts} for {@code status}), which would otherwise
 * pass silently and change the advice. Keys far from every known one are the user's own and are
 * kept without a word, as SPEC §3 promises.
 */
final class KeyTypos {

    static final Set<String> TOP = Set.of("company", "role", "status", "source", "url", "applied", "contacts",
            "interviews", "decision-by", "anchor", "notes", "log");
    static final Set<String> CONTACT = Set.of("name", "title", "email", "phone", "linkedin", "anchor", "address");
    static final Set<String> INTERVIEW = Set.of("date", "time", "with", "kind", "message-id");
    static final Set<String> ENTRY = Set.of("date", "event", "note", "with", "decision-by", "at", "deadline", "link",
            "action", "until", "message-id");

    private KeyTypos() {
    }

    /** A warning for each likely typo in an application file's tree, at the key's line and column. */
    static List<Problem> find(YamlNode root, String shown, String relative) {
        List<Problem> found = new ArrayList<>();
        if (root instanceof YamlNode.Mapping map) {
            check(map, TOP, shown, relative, found);
            items(map, "contacts", CONTACT, shown, relative, found);
            items(map, "interviews", INTERVIEW, shown, relative, found);
            items(map, "log", ENTRY, shown, relative, found);
        }
        return found;
    }

    private static void items(YamlNode.Mapping map, String key, Set<String> known, String shown, String relative,
            List<Problem> found) {
        YamlNode.Entry e = map.get(key);
        if (e != null && e.value() instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Mapping m) {
                    check(m, known, shown, relative, found);
                }
            }
        }
    }

    private static void check(YamlNode.Mapping map, Set<String> known, String shown, String relative,
            List<Problem> found) {
        for (YamlNode.Entry e : map.entries()) {
            String key = e.key().value();
            if (known.contains(key)) {
                continue;
            }
            String nearest = nearest(key, known);
            if (nearest != null) {
                YamlNode.Pos at = e.key().start();
                found.add(new Problem(shown, relative, at.line() + 1, at.column() + 1,
                        "warning: unknown key" + shown(key) + "; did you mean '" + nearest
                                + "'? (followup ignores it as written)"));
            }
        }
    }

    /**
     * The key itself when it is plain printable ASCII: it is within two edits of one of ours, so
     * it says nothing of the file's contents (messages never quote them), and it is what the
     * person must find in the file.
     */
    private static String shown(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < 0x21 || key.charAt(i) > 0x7e || key.charAt(i) == '\'') {
                return "";
            }
        }
        return " '" + key + "'";
    }

    /** The known key one or two edits from {@code key} (the nearest, then the first in order), or null. */
    static String nearest(String key, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known.stream().sorted().toList()) {
            // a key much shorter than the edits allowed is anyone's word ("at" and "as")
            int allowed = Math.min(2, Math.max(1, k.length() / 3));
            int d = DidYouMean.distance(key.toLowerCase(java.util.Locale.ROOT), k);
            if (d <= allowed && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }
}
