package followup.draft;

import followup.text.OneLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Words from the user's files made fit for a sentence of a draft: tidied to one line, names
 * joined as in a sentence, rounds counted in words. Every value a template sees passes through
 * {@link #line}, and so does every name a draft or its error messages print.
 */
final class Words {

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth"};

    private Words() {
    }

    /** A value that goes inside a sentence or a header: {@link OneLine#of}, as CSV cells are read. */
    static String line(String s) {
        return OneLine.of(s);
    }

    /** A value that keeps its lines (a postal address): each line tidied, empty ones dropped. */
    static String lines(String s) {
        if (s == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String l : s.split("\\R")) {
            String clean = line(l);
            if (!clean.isEmpty()) {
                kept.add(clean);
            }
        }
        return String.join("\n", kept);
    }

    /** "first", "second", ... "tenth", then "11th", "12th", "21st". */
    static String ordinal(int n) {
        if (n >= 1 && n <= ORDINALS.length) {
            return ORDINALS[n - 1];
        }
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    /** "Jane Doe", "Jane Doe and Sam Lee", "A, B and C". */
    static String and(List<String> names) {
        List<String> clean = new ArrayList<>();
        for (String n : names) {
            String c = line(n);
            if (!c.isEmpty()) {
                clean.add(c);
            }
        }
        if (clean.size() <= 1) {
            return clean.isEmpty() ? "" : clean.get(0);
        }
        return String.join(", ", clean.subList(0, clean.size() - 1)) + " and " + clean.get(clean.size() - 1);
    }
}
