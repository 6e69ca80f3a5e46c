package followup.transfer;

import followup.model.Status;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words other trackers use for where an application stands (Huntr's lists, Teal's and
 * Simplify's stages, a spreadsheet's own), read as SPEC statuses. Case, punctuation, emoji and
 * extra spaces do not matter ("No Response 🔕" is "no response"). The README's table is this one.
 */
public final class StatusWords {

    /** Not an application yet: a job saved for later. Such rows are refused. */
    public static final List<String> NOT_APPLIED = List.of("wishlist", "wish list", "saved", "bookmarked",
            "applying", "to apply", "interested", "planned", "draft", "not applied");

    private static final Map<String, Status> WORDS = new LinkedHashMap<>();

    static {
        words(Status.APPLIED, "applied", "submitted", "application submitted", "application sent", "sent",
                "in review", "under review", "pending", "waiting", "no answer yet");
        words(Status.INTERVIEWING, "interviewing", "interview", "interviews", "phone screen", "screen", "screening",
                "phone interview", "video interview", "recruiter call", "technical interview", "onsite", "on site",
                "final round", "assessment", "take home");
        words(Status.OFFER, "offer", "offered", "offer received", "negotiating", "negotiation");
        words(Status.ACCEPTED, "accepted", "hired", "offer accepted", "signed");
        words(Status.DECLINED, "declined", "offer declined", "turned down");
        words(Status.REJECTED, "rejected", "rejection", "not selected", "not moving forward", "unsuccessful",
                "no offer", "denied");
        words(Status.WITHDRAWN, "withdrawn", "withdrew", "i withdrew", "withdrawal");
        words(Status.CLOSED, "closed", "archived", "ghosted", "no response", "no reply", "position closed",
                "job closed", "expired", "moved on");
    }

    private static void words(Status status, String... words) {
        for (String w : words) {
            WORDS.put(w, status);
        }
    }

    private StatusWords() {
    }

    /** The status a word means; empty for a word not in the table (and for {@link #NOT_APPLIED} ones). */
    public static Optional<Status> status(String word) {
        return Optional.ofNullable(WORDS.get(normal(word)));
    }

    /** Whether the word says the job was only saved, not applied to. */
    public static boolean notApplied(String word) {
        return NOT_APPLIED.contains(normal(word));
    }

    /** Every word that works, by the status it gives ({@code applied: applied, submitted, ...; interviewing: ...}). */
    public static String known() {
        Map<Status, StringBuilder> by = new LinkedHashMap<>();
        WORDS.forEach((word, status) -> {
            StringBuilder sb = by.computeIfAbsent(status, s -> new StringBuilder());
            sb.append(sb.length() == 0 ? "" : ", ").append(word);
        });
        StringBuilder out = new StringBuilder();
        by.forEach((status, words) -> out.append(out.length() == 0 ? "" : "; ").append(status.id()).append(": ")
                .append(words));
        return out.toString();
    }

    /** The table as the README shows it: status, then its words. */
    public static Map<Status, List<String>> table() {
        Map<Status, List<String>> table = new LinkedHashMap<>();
        WORDS.forEach((word, status) -> table.computeIfAbsent(status, s -> new java.util.ArrayList<>()).add(word));
        return table;
    }

    /** Lower case, letters and digits only, single spaces between words. */
    static String normal(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.appendCodePoint(c);
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }
}
