package followup.inbox;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them in mail, counted from the message's own date M (SPEC §6a): a
 * weekday ("by Friday": the next such day after M), "within [the next] N days|weeks" (N in digits
 * or words one to twelve: M + N), "next week" (the last work day of the week after M's), "early
 * next week" (its second work day), "December 4th" / "4 December" (that date on or after M), and
 * the forms of §4 (an ISO date, tomorrow, a range "7-10 days" by its far end, the end of this week
 * or month). Pure: the text, M and the work days come in.
 */
public final class DatePhrases {

    /** A date phrase found in a text: the day it names, and where it is. */
    public record Found(LocalDate date, int start, int end, String text) {
    }

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final String NUMBER = "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("a", 1), Map.entry("an", 1));

    private enum Form { ISO, MONTH_DAY, DAY_MONTH, EARLY_NEXT_WEEK, MID_NEXT_WEEK, NEXT_WEEK, THIS_WEEK, THIS_MONTH,
        RELATIVE, TOMORROW, TODAY, WEEKDAY }

    private record Rule(Form form, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Form.ISO, Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")),
            new Rule(Form.MONTH_DAY, Pattern.compile(
                    "\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?")),
            new Rule(Form.DAY_MONTH, Pattern.compile(
                    "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\b\\.?(?:,?\\s+(\\d{4})\\b)?")),
            new Rule(Form.EARLY_NEXT_WEEK, Pattern.compile(
                    "\\b(?:early|(?:the\\s+)?(?:beginning|start)\\s+of)\\s+next\\s+week\\b")),
            new Rule(Form.MID_NEXT_WEEK, Pattern.compile("\\b(?:mid|(?:the\\s+)?middle\\s+of)\\s*-?\\s*next\\s+week\\b")),
            new Rule(Form.NEXT_WEEK, Pattern.compile("\\b(?:(?:the\\s+)?end\\s+of\\s+|late\\s+|later\\s+)?next\\s+week\\b")),
            new Rule(Form.THIS_WEEK, Pattern.compile(
                    "\\b(?:(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+(?:work\\s+)?week|later\\s+this\\s+week|this\\s+week|eow)\\b")),
            new Rule(Form.THIS_MONTH, Pattern.compile("\\b(?:(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+month|eom)\\b")),
            new Rule(Form.RELATIVE, Pattern.compile("\\b(?:(within|in|over|during)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+"
                    + "|following\\s+)?)?(" + NUMBER + ")(?:\\s*(?:-|\u2013|to|or)\\s*(" + NUMBER + "))?\\s+"
                    + "(business\\s+|working\\s+|work\\s+)?(days?|weeks?)\\b")),
            new Rule(Form.TOMORROW, Pattern.compile("\\btomorrow\\b")),
            new Rule(Form.TODAY, Pattern.compile("\\b(?:today|tonight|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?day|eod)\\b")),
            new Rule(Form.WEEKDAY, Pattern.compile(
                    "\\b(?:(?:next|this|coming|the\\s+coming)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b")));

    /** Words just before a phrase that make it a day in the past or a start, not a deadline. */
    private static final Pattern NOT_BY = Pattern.compile(
            "\\b(after|since|last|past|every|from|for)\\s+(the\\s+)?((next|coming|following)\\s+)?$");

    private DatePhrases() {
    }

    /**
     * Every date phrase in {@code text}, in order, with the day each names counted from {@code m};
     * overlapping phrases keep the longest. Case is ignored.
     */
    public static List<Found> all(String text, LocalDate m, Set<DayOfWeek> workDays) {
        String s = lower(text);
        List<Found> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher x = rule.pattern.matcher(s);
            while (x.find()) {
                String before = s.substring(Math.max(0, x.start() - 24), x.start());
                if (NOT_BY.matcher(before).find() || s.startsWith(" ago", x.end())) {
                    continue;
                }
                LocalDate d = resolve(rule.form, x, m, workDays);
                if (d != null) {
                    found.add(new Found(d, x.start(), x.end(), text.substring(x.start(), x.end())));
                }
            }
        }
        // the longest of overlapping phrases ("early next week" over "next week"), then in order
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end() - b.start(), a.end() - a.start()));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            boolean inside = false;
            for (Found k : kept) {
                inside |= f.start() < k.end() && k.start() < f.end();
            }
            if (!inside) {
                kept.add(f);
            }
        }
        // "Friday, December 4": the date says which Friday
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Found f = kept.get(i);
            if (i + 1 < kept.size() && isWeekday(f.text()) && s.substring(f.end(), kept.get(i + 1).start()).matches("[\\s,]*")) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** The day one phrase names, if it is one (for tests and single phrases). */
    public static Optional<LocalDate> date(String phrase, LocalDate m, Set<DayOfWeek> workDays) {
        List<Found> all = all(phrase, m, workDays);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).date());
    }

    /** Lower case, letter by letter, so that positions stay those of the original text. */
    static String lower(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static boolean isWeekday(String text) {
        String t = lower(text);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.endsWith(d.name().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate resolve(Form form, Matcher x, LocalDate m, Set<DayOfWeek> workDays) {
        try {
            return switch (form) {
                case ISO -> notBefore(LocalDate.of(Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)),
                        Integer.parseInt(x.group(3))), m);
                case MONTH_DAY -> monthDay(month(x.group(1)), Integer.parseInt(x.group(2)), x.group(3), m);
                case DAY_MONTH -> monthDay(month(x.group(2)), Integer.parseInt(x.group(1)), x.group(3), m);
                case EARLY_NEXT_WEEK -> nextWeek(m, workDays, 1);
                case MID_NEXT_WEEK -> {
                    List<LocalDate> days = workDaysOf(m.with(DayOfWeek.MONDAY).plusWeeks(1), workDays);
                    yield days.get(days.size() / 2);
                }
                case NEXT_WEEK -> nextWeek(m, workDays, -1);
                case THIS_WEEK -> endOfWeek(m, workDays);
                case THIS_MONTH -> endOfMonth(m, workDays);
                case RELATIVE -> relative(x, m, workDays);
                case TOMORROW -> m.plusDays(1);
                case TODAY -> m;
                case WEEKDAY -> {
                    DayOfWeek day = DayOfWeek.valueOf(x.group(1).toUpperCase(Locale.ROOT));
                    LocalDate d = m.plusDays(1);
                    while (d.getDayOfWeek() != day) {
                        d = d.plusDays(1);
                    }
                    yield d;
                }
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "February 30th", a year out of range: not a date
        }
    }

    private static LocalDate notBefore(LocalDate d, LocalDate m) {
        return d.isBefore(m) ? null : d;
    }

    private static int month(String name) {
        String n = name.length() > 3 ? name.substring(0, 3) : name;
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(n) + 1;
    }

    /** That day of that month on or after M (in the year given, if one is). */
    private static LocalDate monthDay(int month, int day, String year, LocalDate m) {
        if (year != null) {
            return notBefore(LocalDate.of(Integer.parseInt(year), month, day), m);
        }
        LocalDate d = LocalDate.of(m.getYear(), month, day);
        return d.isBefore(m) ? LocalDate.of(m.getYear() + 1, month, day) : d;
    }

    private static LocalDate relative(Matcher x, LocalDate m, Set<DayOfWeek> workDays) {
        String first = x.group(2);
        String last = x.group(3) != null ? x.group(3) : first;
        if (x.group(1) == null && (WORDS.containsKey(first) && first.startsWith("a"))) {
            return null; // "a week" alone ("once a week"): only "in/within a week" counts
        }
        int n = number(last);
        if (x.group(3) != null && number(first) > n) {
            return null;
        }
        if (n <= 0 || n > 366) {
            return null;
        }
        boolean weeks = x.group(5).startsWith("week");
        if (x.group(4) != null && !weeks) {
            LocalDate d = m;
            for (int i = 0; i < n; i++) {
                d = d.plusDays(1);
                while (!workDays.contains(d.getDayOfWeek())) {
                    d = d.plusDays(1);
                }
            }
            return d;
        }
        return weeks ? m.plusWeeks(n) : m.plusDays(n);
    }

    private static int number(String s) {
        Integer w = WORDS.get(s);
        return w != null ? w : Integer.parseInt(s);
    }

    /** The work days of the week starting {@code monday}, in order. */
    private static List<LocalDate> workDaysOf(LocalDate monday, Set<DayOfWeek> workDays) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            if (workDays.contains(monday.plusDays(i).getDayOfWeek())) {
                days.add(monday.plusDays(i));
            }
        }
        return days;
    }

    /** A work day of the week after M's: {@code index} from its start, or its last when negative. */
    private static LocalDate nextWeek(LocalDate m, Set<DayOfWeek> workDays, int index) {
        List<LocalDate> days = workDaysOf(m.with(DayOfWeek.MONDAY).plusWeeks(1), workDays);
        return index < 0 ? days.get(days.size() - 1) : days.get(Math.min(index, days.size() - 1));
    }

    /** The last work day of M's week; on a day after it, next week's (as {@code eow} in §4). */
    static LocalDate endOfWeek(LocalDate m, Set<DayOfWeek> workDays) {
        List<LocalDate> days = workDaysOf(m.with(DayOfWeek.MONDAY), workDays);
        LocalDate last = days.get(days.size() - 1);
        return m.isAfter(last) ? nextWeek(m, workDays, -1) : last;
    }

    /** The last work day of M's month; on a day after it, next month's (as {@code eom} in §4). */
    static LocalDate endOfMonth(LocalDate m, Set<DayOfWeek> workDays) {
        LocalDate last = lastWorkDay(YearMonth.from(m), workDays);
        return m.isAfter(last) ? lastWorkDay(YearMonth.from(m).plusMonths(1), workDays) : last;
    }

    private static LocalDate lastWorkDay(YearMonth month, Set<DayOfWeek> workDays) {
        LocalDate d = month.atEndOfMonth();
        while (!workDays.contains(d.getDayOfWeek()) && d.isAfter(month.atDay(1))) {
            d = d.minusDays(1);
        }
        return d;
    }
}
