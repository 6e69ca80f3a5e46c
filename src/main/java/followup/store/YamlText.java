package followup.store;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes scalar values as YAML text that reads back as exactly the same string. */
public final class YamlText {

    /** Words YAML 1.1 or 1.2 would read as a boolean or null if left unquoted. */
    private static final Set<String> SPECIAL = Set.of("y", "n", "yes", "no", "on", "off", "true",
            "false", "null", "~", "");

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N} _.,()/'+@-]*");

    private YamlText() {
    }

    /** Plain when that is unambiguous, otherwise double-quoted with escapes. */
    public static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ")
                && !SPECIAL.contains(value.toLowerCase(Locale.ROOT)) && !value.contains(" #")) {
            return value;
        }
        return quoted(value);
    }

    static String quoted(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    // what YAML does not allow raw (C0 and C1 controls, U+FFFE/U+FFFF) or reads
                    // as a line break or a byte-order mark goes as an escape
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                            || c == 0xFFFE || c == 0xFFFF) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
