package followup.cli;

import followup.UserException;
import followup.model.Application;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DATE grammar of SPEC §4. Relative forms count from {@code base} (the interview in the same
 * command, {@code --on} for log, else today); named days count from {@code today}.
 */
public final class Dates {

    static final String FORMS = "2026-11-27, today, tomorrow, yesterday, mon..sun (the next one after today), "
            + "'last fri', eow (end of work week), eom (end of month), +3d, +2w, 3d, 2w, '3 days', 'in 2 weeks', "
            + "'7-10 days', -2d, -1w, '2 days ago'";

    /** Compiled on first use: {@code --as-of 2026-11-23} on every run needs no regex. */
    private static final class Relative {
        static final Pattern PATTERN = Pattern.compile(
                "(?:in\\s+)?\\+?(?:(\\d{1,4})\\s*-\\s*)?(\\d{1,4})\\s*(d|day|days|w|wk|week|weeks)");
        /** Back in time: {@code -3d}, {@code -1w}, {@code 3 days ago}, {@code 2w ago}. */
        static final Pattern AGO = Pattern.compile(
                "(?:-\\s*(\\d{1,4})\\s*(d|day|days|w|wk|week|weeks))|(?:(\\d{1,4})\\s*(d|day|days|w|wk|week|weeks)\\s+ago)");
    }

    private Dates() {
    }

    /**
     * @param option the flag, named in the error ("--decision-by")
     * @throws UserException a usage error, also for a day outside years 0001-9999 (a file cannot
     *                       hold it), whether typed or reached by counting from {@code base}
     */
    public static LocalDate parse(String text, LocalDate base, LocalDate today, Set<DayOfWeek> workDays,
            String option) {
        return storable(anyYear(text, base, today, workDays, option), text, option);
    }

    /**
     * {@code date} when a file can hold it (years 0001-9999, SPEC §4), else a usage error naming
     * the option and the text typed: nothing is written from a day the next read would refuse.
     */
    public static LocalDate storable(LocalDate date, String text, String option) {
        if (date.isBefore(Application.FIRST_DAY) || date.isAfter(Application.LAST_DAY)) {
            String typed = text == null ? "" : text.strip();
            throw UserException.usage(option + ": " + (typed.equals(date.toString()) ? typed + " is"
                    : "'" + shown(text) + "' comes to " + date + ",") + " outside the years 0001-9999 a file can hold");
        }
        return date;
    }

    /**
     * As {@link #parse}, for an option that names a day in the past (SPEC §4: {@code --on} of an
     * event that happened, {@code --applied}): a weekday is the most recent such day on or before
     * today ({@code --on fri} on a Monday is the Friday just gone), not the next one.
     */
    public static LocalDate past(String text, LocalDate base, LocalDate today, Set<DayOfWeek> workDays,
            String option) {
        DayOfWeek day = weekday(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (day != null) {
            LocalDate d = today;
            while (d.getDayOfWeek() != day) {
                d = d.minusDays(1);
            }
            return storable(d, text, option);
        }
        return parse(text, base, today, workDays, option);
    }

    /** The day of the week a word names ({@code fri}, {@code friday}), or null. */
    private static DayOfWeek weekday(String s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase(Locale.ROOT);
            if (s.equals(full) || s.equals(full.substring(0, 3))) {
                return d;
            }
        }
        return null;
    }

    /** As {@link #parse}, but any day, even one past 9999: for a caller that counts on from it. */
    static LocalDate anyYear(String text, LocalDate base, LocalDate today, Set<DayOfWeek> workDays, String option) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (isIso(s)) {
            try {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                        Integer.parseInt(s.substring(8, 10)));
            } catch (DateTimeException e) {
                throw UserException.usage(option + ": '" + shown(text) + "' is not a real date (check month and day)");
            }
        }
        switch (s) {
            case "today":
                return today;
            case "tomorrow":
                return today.plusDays(1);
            case "yesterday":
                return today.minusDays(1);
            case "eow":
                return endOfWeek(today, workDays);
            case "eom":
                return endOfMonth(today, workDays);
            default:
                break;
        }
        DayOfWeek day = weekday(s);
        if (day != null) {
            LocalDate next = today.plusDays(1);
            while (next.getDayOfWeek() != day) {
                next = next.plusDays(1);
            }
            return next;
        }
        if (s.startsWith("last ")) {
            DayOfWeek last = weekday(s.substring(5).strip());
            if (last != null) { // strictly before today
                LocalDate before = today.minusDays(1);
                while (before.getDayOfWeek() != last) {
                    before = before.minusDays(1);
                }
                return before;
            }
        }
        Matcher ago = Relative.AGO.matcher(s);
        if (ago.matches()) {
            int n = Integer.parseInt(ago.group(1) != null ? ago.group(1) : ago.group(3));
            String unit = ago.group(2) != null ? ago.group(2) : ago.group(4);
            return unit.startsWith("w") ? base.minusWeeks(n) : base.minusDays(n);
        }
        if (s.matches("[+-]?\\d+-\\d{1,2}-\\d{1,2}")) {
            // a year of five digits, or of fewer than four, or a sign: never guessed
            throw UserException.usage(option + ": '" + shown(text) + "' is not a date; write YYYY-MM-DD with a year"
                    + " from 0001 to 9999, like 2026-11-27");
        }
        Matcher rel = Relative.PATTERN.matcher(s);
        if (rel.matches()) {
            int n = Integer.parseInt(rel.group(2));
            if (rel.group(1) != null && Integer.parseInt(rel.group(1)) > n) {
                throw UserException.usage(option + ": in a range like '7-10 days' the first number must be the smaller");
            }
            return rel.group(3).startsWith("w") ? base.plusWeeks(n) : base.plusDays(n);
        }
        throw UserException.usage(option + ": '" + shown(text) + "' is not a date; use one of: " + FORMS);
    }

    /** {@code YYYY-MM-DD}, ASCII digits. */
    private static boolean isIso(String s) {
        if (s.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The last work day of this week; from a day after it (a weekend), next week's. The week starts
     * after the weekend, the longest run of days off: Monday for a Monday-Friday week, Sunday for a
     * Sunday-Thursday one (whose Friday and Saturday are the weekend); Monday when every day is worked.
     */
    static LocalDate endOfWeek(LocalDate today, Set<DayOfWeek> workDays) {
        LocalDate start = today;
        while (start.getDayOfWeek() != firstDayOfWeek(workDays)) {
            start = start.minusDays(1);
        }
        LocalDate last = lastWorkDay(start, start.plusDays(6), workDays);
        return today.isAfter(last) ? lastWorkDay(start.plusWeeks(1), start.plusWeeks(1).plusDays(6), workDays) : last;
    }

    /** The day after the longest run of days off, going round the week; Monday when there is none. */
    static DayOfWeek firstDayOfWeek(Set<DayOfWeek> workDays) {
        DayOfWeek first = DayOfWeek.MONDAY;
        int longest = 0;
        for (DayOfWeek end : DayOfWeek.values()) { // a run of days off that ends on `end`
            int run = 0;
            while (run < 7 && !workDays.contains(end.minus(run))) {
                run++;
            }
            if (run > longest && run < 7 && workDays.contains(end.plus(1))) {
                longest = run;
                first = end.plus(1);
            }
        }
        return first;
    }

    /** The last work day of this month; from a day after it (a weekend at the end), next month's. */
    static LocalDate endOfMonth(LocalDate today, Set<DayOfWeek> workDays) {
        YearMonth month = YearMonth.from(today);
        LocalDate last = lastWorkDay(month.atDay(1), month.atEndOfMonth(), workDays);
        if (today.isAfter(last)) {
            YearMonth next = month.plusMonths(1);
            return lastWorkDay(next.atDay(1), next.atEndOfMonth(), workDays);
        }
        return last;
    }

    private static LocalDate lastWorkDay(LocalDate from, LocalDate to, Set<DayOfWeek> workDays) {
        for (LocalDate d = to; !d.isBefore(from); d = d.minusDays(1)) {
            if (workDays.contains(d.getDayOfWeek())) {
                return d;
            }
        }
        return to;
    }

    private static String shown(String text) {
        String t = text == null ? "" : text;
        return t.length() > 30 ? t.substring(0, 30) + "..." : t;
    }
}
