package followup.transfer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as other trackers and spreadsheets write them: ISO {@code 2026-08-15} (a time after it is
 * ignored), numbers {@code 8/15/2026}, {@code 8/15/26}, {@code 15.08.2026}, and month names
 * {@code 15 Aug 2026}, {@code Aug 15, 2026}, {@code Saturday, 15 August 2026}. Two-digit years are
 * 2000-2099.
 *
 * <p>{@code 3/4/2026} is 4 March in the US and 3 April in most other places. Such a date is never
 * guessed: it is read only when the file itself shows the order (another date in it that can only
 * be read one way, like {@code 3/14/2026}), and refused otherwise. A file whose dates show both
 * orders proves nothing. Dots ({@code 15.08.2026}) are always day first.
 */
public final class LooseDates {

    /** Which number comes first in {@code a/b/yyyy}, as a file shows it. */
    public enum Order { MONTH_FIRST, DAY_FIRST, UNKNOWN }

    /** A date read, or why it was not. */
    public record Reading(LocalDate date, String problem) {
        static Reading of(LocalDate date) {
            return new Reading(date, null);
        }

        static Reading refused(String problem) {
            return new Reading(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    private static final String TIME = "(?:(?:\\s*,\\s*|\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[AaPp]\\.?[Mm]\\.?)?"
            + "\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,4})?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + TIME);
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\.?[\\s-]+([A-Za-z]+)\\.?,?[\\s-]+(\\d{4}|\\d{2})" + TIME);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "([A-Za-z]+)\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** What the forms say, for messages. */
    public static final String FORMS = "2026-08-15, 8/15/2026, 15 Aug 2026 or Aug 15, 2026";

    private LooseDates() {
    }

    /**
     * The order the numeric dates among {@code values} show: month first when one of them can
     * only be read that way and none only the other way, day first likewise, else unknown.
     */
    public static Order order(Collection<String> values) {
        boolean monthFirst = false;
        boolean dayFirst = false;
        for (String v : values) {
            Matcher m = v == null ? null : NUMBERS.matcher(v.strip());
            if (m != null && m.matches() && !m.group(2).equals(".")) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                int year = year(m.group(4));
                // only a real date proves an order: 2/30/2026 is a mistake, not a US date
                monthFirst |= a <= 12 && b > 12 && date(year, a, b).ok();
                dayFirst |= a > 12 && b <= 12 && date(year, b, a).ok();
            }
        }
        return monthFirst == dayFirst ? Order.UNKNOWN : monthFirst ? Order.MONTH_FIRST : Order.DAY_FIRST;
    }

    /** Reads {@code text} (not blank); {@code order} settles {@code 3/4/2026}, or leaves it refused when UNKNOWN. */
    public static Reading read(String text, Order order) {
        String s = text.strip();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return date(number(m.group(1)), number(m.group(2)), number(m.group(3)));
        }
        m = NUMBERS.matcher(s);
        if (m.matches()) {
            int a = number(m.group(1));
            int b = number(m.group(3));
            int year = year(m.group(4));
            if (m.group(2).equals(".")) {
                return date(year, b, a);
            }
            if (a > 12 && b > 12 || a == 0 || b == 0) {
                return Reading.refused("is not a date (neither number is a month)");
            }
            if (a == b || b > 12) {
                return date(year, a, b);
            }
            if (a > 12) {
                return date(year, b, a);
            }
            if (order == Order.MONTH_FIRST) {
                return date(year, a, b);
            }
            if (order == Order.DAY_FIRST) {
                return date(year, b, a);
            }
            return Reading.refused("could be " + spelled(year, a, b) + " or " + spelled(year, b, a)
                    + ", and no other date in the file settles which; write it as YYYY-MM-DD");
        }
        String named = WEEKDAY.matcher(s).lookingAt() ? s.substring(endOfWeekday(s)) : s;
        m = DAY_MONTH.matcher(named);
        if (m.matches() && MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
            return date(year(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), number(m.group(1)));
        }
        m = MONTH_DAY.matcher(named);
        if (m.matches() && MONTHS.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
            return date(number(m.group(3)), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), number(m.group(2)));
        }
        return Reading.refused("is not a date in a form followup reads (" + FORMS + ")");
    }

    /**
     * Reads LinkedIn's {@code 8/15/26, 10:00 AM}: its export writes dates month first (as in the US)
     * whatever the member's language, so the order is known.
     */
    public static Reading readMonthFirst(String text) {
        Matcher m = NUMBERS.matcher(text.strip());
        if (m.matches() && !m.group(2).equals(".")) {
            return date(year(m.group(4)), number(m.group(1)), number(m.group(3)));
        }
        return read(text, Order.MONTH_FIRST);
    }

    private static int endOfWeekday(String s) {
        Matcher w = WEEKDAY.matcher(s);
        w.lookingAt();
        return w.end();
    }

    private static String spelled(int year, int month, int day) {
        return day + " " + MONTH_NAMES[month - 1] + " " + year;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    private static Reading date(int year, int month, int day) {
        if (year < 1 || year > 9999) {
            return Reading.refused("has a year outside 0001-9999");
        }
        try {
            return Reading.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Reading.refused("is not a real date (check month and day)");
        }
    }
}
