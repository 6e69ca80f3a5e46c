package followup.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and two-word phrases that recur in the feedback of different companies (seed 003: "If
 * there is some repetition in the feedback, it may be the time to look for professional help").
 * Deliberately simple: lower-cased words without common English words, a plural "s" folded, and a
 * phrase counts once per company however often that company said it.
 */
final class Themes {

    /** At most this many themes are reported, the most widespread first. */
    static final int MAX = 8;

    private static final Set<String> COMMON = Set.of(
            "a", "about", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at", "be",
            "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "get", "had", "has",
            "have", "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just",
            "least", "less", "like", "me", "more", "most", "much", "my", "next", "no", "not", "of", "on",
            "one", "or", "other", "our", "out", "over", "said", "she", "should", "so", "some", "than",
            "that", "the", "their", "them", "then", "there", "they", "this", "time", "to", "too", "up",
            "us", "very", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would",
            "you", "your", "really", "quite", "bit", "lot", "felt", "feel", "thought", "think",
            // the words every piece of interview feedback uses: they say nothing about you
            "feedback", "candidate", "candidates", "interview", "interviews", "role", "position", "team",
            "good", "great", "overall", "went", "well");

    /** A word (letters and digits, inner hyphens and apostrophes) or one punctuation mark. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    private Themes() {
    }

    /**
     * @param notes the feedback notes of each company (company name → its notes)
     * @return themes shared by at least two companies, most companies first, then alphabetical
     */
    static List<Stats.Theme> of(Map<String, List<String>> notes) {
        Map<String, String> shown = new LinkedHashMap<>(); // key -> the words as first written
        Map<String, Set<String>> companies = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> company : notes.entrySet()) {
            for (String note : company.getValue()) {
                for (List<String> run : runs(note)) {
                    for (int i = 0; i < run.size(); i++) {
                        add(shown, companies, company.getKey(), List.of(run.get(i)));
                        if (i + 1 < run.size()) {
                            add(shown, companies, company.getKey(), run.subList(i, i + 2));
                        }
                    }
                }
            }
        }
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : companies.entrySet()) {
            if (e.getValue().size() >= 2 && !partOfPhrase(e.getKey(), e.getValue(), companies)) {
                keys.add(e.getKey());
            }
        }
        keys.sort(Comparator.comparing((String k) -> -companies.get(k).size()).thenComparing(k -> shown.get(k)));
        return keys.stream().limit(MAX)
                .map(k -> new Stats.Theme(shown.get(k), List.copyOf(companies.get(k)))).toList();
    }

    private static void add(Map<String, String> shown, Map<String, Set<String>> companies, String company,
            List<String> words) {
        String key = String.join(" ", words.stream().map(Themes::fold).toList());
        shown.putIfAbsent(key, String.join(" ", words));
        companies.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(company);
    }

    /** A single word said by exactly the companies of a phrase containing it adds nothing. */
    private static boolean partOfPhrase(String key, Set<String> who, Map<String, Set<String>> companies) {
        if (key.contains(" ")) {
            return false;
        }
        for (Map.Entry<String, Set<String>> e : companies.entrySet()) {
            String k = e.getKey();
            if (k.contains(" ") && (k.startsWith(key + " ") || k.endsWith(" " + key)) && e.getValue().equals(who)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The runs of meaningful words in a note: common words and punctuation break a run, so a
     * phrase is two meaningful words written side by side.
     */
    static List<List<String>> runs(String note) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        Matcher m = TOKEN.matcher(note == null ? "" : note.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String token = m.group();
            boolean meaningful = Character.isLetterOrDigit(token.codePointAt(0))
                    && token.codePoints().anyMatch(Character::isLetter)
                    && token.codePointCount(0, token.length()) >= 3 && !COMMON.contains(token);
            if (meaningful) {
                run.add(token);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** "skills" and "skill" are one theme; "process" and "class" keep their "ss". */
    private static String fold(String word) {
        return word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }
}
