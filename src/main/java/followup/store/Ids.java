package followup.store;

import followup.UserException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Application ids: lowercase ASCII letters, digits and single hyphens, made from the company name.
 * An id is a file name, never a path: {@code applications/<id>.yaml}.
 */
public final class Ids {

    public static final int MAX_LENGTH = 64;
    /** Compiled when a slug is made, not by every run that checks a file name. */
    private static final class Patterns {
        static final Pattern COMBINING = Pattern.compile("\\p{M}+");
        static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    }

    /** Latin letters that do not decompose into a base letter and a mark. */
    private static final Map<Character, String> SPELLED = Map.ofEntries(
            Map.entry('ø', "o"), Map.entry('æ', "ae"), Map.entry('ß', "ss"), Map.entry('œ', "oe"),
            Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"), Map.entry('ł', "l"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('ŋ', "n"), Map.entry('ŧ', "t"),
            Map.entry('ĸ', "k"), Map.entry('ſ', "s"));

    private Ids() {
    }

    /** Whether {@code id} is one: {@code [a-z0-9]+(-[a-z0-9]+)*}, at most {@link #MAX_LENGTH} long. */
    public static boolean isValid(String id) {
        // by hand, not a regex: every file name goes through here on every run
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        char previous = '-';
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' ? previous == '-' : !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }

    /** {@code "Société Générale"} → {@code societe-generale}; no Latin letters → {@code application}. */
    public static String slug(String company) {
        String lower = company.toLowerCase(Locale.ROOT);
        StringBuilder spelled = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            spelled.append(SPELLED.getOrDefault(c, String.valueOf(c)));
        }
        String ascii = Patterns.COMBINING.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
        String slug = Patterns.OTHER.matcher(ascii).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH - 4) {
            slug = trimHyphens(slug.substring(0, MAX_LENGTH - 4));
        }
        return slug.isEmpty() ? "application" : slug;
    }

    /**
     * The {@code n}th id of a name: {@code base} itself for 1, then {@code base-2}, {@code base-3},
     * ..., shortened where needed to stay within {@link #MAX_LENGTH}.
     */
    public static String numbered(String base, int n) {
        if (n == 1) {
            return base;
        }
        String suffix = "-" + n;
        String head = base.length() + suffix.length() > MAX_LENGTH
                ? trimHyphens(base.substring(0, MAX_LENGTH - suffix.length())) : base;
        return head + suffix;
    }

    private static String trimHyphens(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }

    /** The file of an id in {@code folder}; refuses anything that is not an id (so never a path). */
    static Path file(Path folder, String id) {
        if (!isValid(id)) {
            throw UserException.usage("'" + printable(id) + "' is not a valid id: " + rule());
        }
        Path file = folder.resolve(id + ".yaml").normalize();
        if (!file.startsWith(folder.normalize())) {
            throw UserException.usage("'" + printable(id) + "' is not a valid id");
        }
        return file;
    }

    /** The file of an id as a path relative to the home, as messages and git name it. */
    static String relative(String id) {
        return "applications/" + id + ".yaml";
    }

    /** The ids of the files in {@code folder}, sorted. Names that are not ids (dot files, temp files) are not applications. */
    static List<String> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        // the names in one call: a DirectoryStream makes a Path of each, ten times slower cold
        String[] names = folder.toFile().list();
        if (names == null) {
            // unreadable: the stream's exception says why (permission denied, not a folder...)
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
                names = new String[0];
            }
        }
        List<String> ids = new ArrayList<>(names.length);
        for (String name : names) {
            if (name.endsWith(".yaml")) {
                String id = name.substring(0, name.length() - ".yaml".length());
                if (isValid(id)) {
                    ids.add(id);
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    /** An id as typed, made safe to print. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    /** What a usage error says about a refused id. */
    public static String rule() {
        return "lowercase letters a-z, digits and single hyphens, like 'acme-corp'";
    }
}
