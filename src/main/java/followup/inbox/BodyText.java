package followup.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a message body is read: HTML reduced to text, then only what the sender wrote in this
 * message, not what it quotes or forwards, and not the signature. Pure text in, text out.
 */
public final class BodyText {

    private BodyText() {
    }

    // ---- HTML -------------------------------------------------------------------------------

    /** Elements dropped with everything in them: not text, or text quoted from an earlier message. */
    private static final java.util.Set<String> DROPPED = java.util.Set.of("head", "style", "script", "title", "blockquote");
    private static final Pattern BREAK = Pattern.compile(
            "(?i)<br\\s*/?>|</?(p|div|li|tr|h[1-6]|table|ul|ol|hr|blockquote|pre)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"),
            Map.entry("rdquo", "\u201D"), Map.entry("ldquo", "\u201C"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("eacute", "\u00e9"),
            Map.entry("egrave", "\u00e8"), Map.entry("agrave", "\u00e0"), Map.entry("ccedil", "\u00e7"),
            Map.entry("uuml", "\u00fc"), Map.entry("ouml", "\u00f6"), Map.entry("auml", "\u00e4"),
            Map.entry("szlig", "\u00df"), Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"),
            Map.entry("trade", "\u2122"), Map.entry("bull", "\u2022"), Map.entry("middot", "\u00b7"));

    /**
     * The text of an HTML body: block elements become line breaks, other tags go, entities are
     * decoded; quoted blocks ({@code <blockquote>}), styles and scripts are dropped whole.
     */
    public static String fromHtml(String html) {
        String s = withoutDropped(html);
        s = s.replaceAll("[\\r\\n]+", " "); // HTML's own line breaks are spaces
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        // tidy: spaces at line ends, runs of blank lines
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    /**
     * The HTML without comments and without the dropped elements and their content, in one pass
     * (an element never closed drops the rest, as a browser would show nothing of it).
     */
    private static String withoutDropped(String html) {
        String lower = DatePhrases.lower(html);
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                out.append(html, i, html.length());
                break;
            }
            out.append(html, i, lt);
            if (lower.startsWith("<!--", lt)) {
                int end = lower.indexOf("-->", lt + 4);
                i = end < 0 ? html.length() : end + 3;
                continue;
            }
            String name = tagName(lower, lt + 1);
            if (!DROPPED.contains(name)) {
                out.append('<');
                i = lt + 1;
                continue;
            }
            // skip to the matching close tag, counting nested ones of the same name
            int depth = 1;
            int at = lt + 1 + name.length();
            while (depth > 0) {
                int open = lower.indexOf("<" + name, at);
                int close = lower.indexOf("</" + name, at);
                if (close < 0) {
                    at = html.length();
                    break;
                }
                if (open >= 0 && open < close && tagName(lower, open + 1).equals(name)) {
                    depth++;
                    at = open + 1 + name.length();
                } else {
                    depth--;
                    int gt = lower.indexOf('>', close);
                    at = gt < 0 ? html.length() : gt + 1;
                }
            }
            out.append('\n');
            i = at;
        }
        return out.toString();
    }

    /** The tag name at {@code from} (just after '<'): letters and digits. */
    private static String tagName(String lower, int from) {
        int end = from;
        while (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) {
            end++;
        }
        return lower.substring(from, end);
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int cp = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp) ? new String(Character.toChars(cp)) : " ";
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        String v = ENTITIES.get(name);
        return v == null ? ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), whole) : v;
    }

    // ---- what the sender wrote ------------------------------------------------------------------

    /** "On Tue, 24 Nov 2026 at 09:00, Jane Doe <jane@acme.example> wrote:" (may span two lines), and its kin. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^(on\\b.*|.*\\b(wrote|writes|a écrit|schrieb|escribió|ha scritto|schreef)\\s*:?)$");
    private static final Pattern WROTE_END = Pattern.compile(
            "(?i).*\\b(wrote|writes|a écrit|schrieb|escribió|ha scritto|schreef)\\s*:\\s*$");
    /** Lines that start the quoted or forwarded part of a message: nothing after them is the sender's. */
    private static final Pattern SEPARATOR = Pattern.compile("(?i)^(-{2,}\\s*original message\\s*-{2,}"
            + "|-{2,}\\s*forwarded message\\s*-{2,}|begin forwarded message:?|-{4,}\\s*forwarded message.*"
            + "|_{10,}|-{2,} ?reply above this line ?-{2,}|#{2,} ?please type your reply above this line ?#{2,})$");
    /** An Outlook-style header block of a quoted message: "From: ..." followed by "Sent:"/"Date:"/"To:". */
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\*?(from|von|de)\\s*:\\*?\\s+\\S.*");
    private static final Pattern HEADER_NEXT = Pattern.compile("(?i)^\\*?(sent|date|to|subject|gesendet|envoyé)\\s*:\\*?.*");
    /** Lines that close a message: the signature and what follows it are not read. */
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^(best|best regards|best wishes|kind regards|regards|"
            + "warm regards|warmest regards|warmly|sincerely|sincerely yours|yours sincerely|yours truly|thanks|"
            + "thank you|thanks again|many thanks|thanks so much|cheers|all the best|talk soon|respectfully|"
            + "with thanks|with best regards|take care)[\\s,.!—–-]*$");
    private static final Pattern MOBILE = Pattern.compile("(?i)^sent from my \\w+.*$");

    /**
     * The part of a plain-text body that the sender wrote in this message: up to a quote
     * attribution ("On … wrote:"), a forwarded or original-message separator or a quoted header
     * block; without lines quoted with {@code >}; and up to the signature (a {@code "-- "} line, or
     * the last sign-off line such as "Best," or "Thanks,").
     */
    public static String written(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (SEPARATOR.matcher(line).matches() || MOBILE.matcher(line).matches()) {
                break;
            }
            if (line.equals("--") || lines[i].equals("-- ")) {
                break;
            }
            if (isAttribution(lines, i)) {
                break;
            }
            if (HEADER_FROM.matcher(line).matches() && headerBlockFollows(lines, i)) {
                break;
            }
            if (line.startsWith(">") || line.startsWith("|>")) {
                continue;
            }
            kept.add(lines[i]);
        }
        // the last sign-off ends the message, unless it is the only thing in it
        int signOff = -1;
        boolean content = false;
        for (int i = 0; i < kept.size(); i++) {
            String line = kept.get(i).strip();
            if (SIGN_OFF.matcher(line).matches() && content && linesAfter(kept, i) <= 10) {
                signOff = i;
            } else if (!line.isEmpty()) {
                content = true;
            }
        }
        List<String> body = signOff >= 0 ? kept.subList(0, signOff) : kept;
        return String.join("\n", body).strip();
    }

    /** How many non-empty lines follow line {@code i}: a signature is a few lines, not a letter. */
    private static int linesAfter(List<String> lines, int i) {
        int n = 0;
        for (int k = i + 1; k < lines.size(); k++) {
            n += lines.get(k).isBlank() ? 0 : 1;
        }
        return n;
    }

    private static boolean isAttribution(String[] lines, int i) {
        String line = lines[i].strip();
        if (!ATTRIBUTION.matcher(line).matches()) {
            return false;
        }
        if (WROTE_END.matcher(line).matches()) {
            return true;
        }
        // "On Tue, Nov 24, 2026 at 9:00 AM Jane Doe <" / "jane@acme.example> wrote:"
        if (line.regionMatches(true, 0, "on ", 0, 3) && i + 1 < lines.length) {
            return WROTE_END.matcher(lines[i + 1].strip()).matches();
        }
        return false;
    }

    private static boolean headerBlockFollows(String[] lines, int i) {
        for (int k = i + 1; k < lines.length && k <= i + 4; k++) {
            if (HEADER_NEXT.matcher(lines[k].strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    // ---- sentences ------------------------------------------------------------------------------

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}\"'(\\u201C\\u2018])|(?<=[!?;])\\s+");

    /**
     * The sentences of a text: paragraphs (blank-line separated) are joined across their line
     * breaks, then cut after {@code . ! ? ;} when a new sentence visibly starts (a capital letter, not a
     * digit: "by Dec. 4" stays whole). Apostrophes and
     * quotes are made plain ASCII, runs of spaces one space.
     */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u00a0', ' ');
        for (String paragraph : plain.split("\\n\\s*\\n")) {
            // a list or a short line on its own is a sentence of its own
            StringBuilder joined = new StringBuilder();
            for (String line : paragraph.split("\\n")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (joined.length() > 0) {
                    char last = joined.charAt(joined.length() - 1);
                    boolean bullet = l.startsWith("-") || l.startsWith("*") || l.startsWith("\u2022");
                    joined.append(bullet || last == ':' ? "\n" : " ");
                }
                joined.append(l);
            }
            for (String part : joined.toString().split("\\n")) {
                for (String s : SENTENCE_END.split(part.replaceAll("\\s+", " ").strip())) {
                    if (!s.isBlank()) {
                        out.add(s.strip());
                    }
                }
            }
        }
        return out;
    }
}
