package followup.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Dates and times as followup prints them for a person, in every command, why and draft: always
 * English ("Mon 23 Nov", "Friday 27 November"), whatever the machine's locale.
 *
 * <p>Spelled out by hand rather than with a {@code DateTimeFormatter}: that would load the locale
 * data on every start, and {@code today} prints these dates where a prompt waits (src/bench/SPEED.md).
 * A leaf: it knows dates, not applications.
 *
 * <p>Two spellings of a year stand side by side because the commands have always printed them so:
 * the year as a number ("Mon 1 Jan 1", in {@code today}, {@code show} and the playbook's whys and
 * drafts) and the year in four digits ("Mon 1 Jan 0001", in {@code stats}, the inbox's readings
 * and a letter's date). They differ only before the year 1000.
 */
public final class DateText {

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private DateText() {
    }

    /** "Mon 23 Nov", for a caller that prints the year itself or knows it goes without saying. */
    public static String day(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().ordinal()].substring(0, 3) + " " + date.getDayOfMonth() + " "
                + MONTHS[date.getMonthValue() - 1].substring(0, 3);
    }

    /**
     * "Mon 23 Nov" in the year of {@code today}, "Fri 18 Dec 2026" in any other: a day is never
     * printed in a way that reads as a day of another year.
     */
    public static String day(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear() ? day(date) : dayAndYear(date);
    }

    /** "Mon 23 Nov 2026"; "Mon 1 Jan 1" in the first year. */
    public static String dayAndYear(LocalDate date) {
        return day(date) + " " + date.getYear();
    }

    /** As {@link #day(LocalDate, LocalDate)}, with the year in four digits: "Mon 1 Jan 0001". */
    public static String dayPadded(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear() ? day(date) : dayAndPaddedYear(date);
    }

    /** "Mon 23 Nov 2026", the year in four digits: "Mon 1 Jan 0001". */
    public static String dayAndPaddedYear(LocalDate date) {
        return day(date) + " " + fourDigits(date.getYear());
    }

    /** "14:00", "09:05": hours and minutes, as the files write a time. */
    public static String time(LocalTime time) {
        return twoDigits(time.getHour()) + ":" + twoDigits(time.getMinute());
    }

    /** "Friday". */
    public static String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().ordinal()];
    }

    /** "Friday 27 November", with the year only when it is not {@code today}'s: "Friday 18 December 2026". */
    public static String longDay(LocalDate date, LocalDate today) {
        String text = weekday(date) + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
        return date.getYear() == today.getYear() ? text : text + " " + date.getYear();
    }

    /** "November", or "November 2026" from another year: how one recalls a meeting months on. */
    public static String month(LocalDate date, LocalDate today) {
        String text = MONTHS[date.getMonthValue() - 1];
        return date.getYear() == today.getYear() ? text : text + " " + date.getYear();
    }

    /** A letter's date: "27 November 2026", the year in four digits ("1 January 0001"). */
    public static String letterDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + fourDigits(date.getYear());
    }

    /**
     * When something happened, as it reads after "met with me": "today", "yesterday", "on
     * Tuesday" within the past week, else "on Friday 20 November" ({@link #longDay}).
     */
    public static String past(LocalDate date, LocalDate today) {
        return relative(ChronoUnit.DAYS.between(date, today), "yesterday", date, today);
    }

    /** When something will happen: "today", "tomorrow", "on Wednesday" within the week, else "on Wednesday 2 December". */
    public static String ahead(LocalDate date, LocalDate today) {
        return relative(ChronoUnit.DAYS.between(today, date), "tomorrow", date, today);
    }

    private static String relative(long days, String nextDay, LocalDate date, LocalDate today) {
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return nextDay;
        }
        return "on " + (days > 1 && days < 7 ? weekday(date) : longDay(date, today));
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String fourDigits(int year) {
        String digits = String.valueOf(year);
        return digits.length() >= 4 ? digits : "0000".substring(digits.length()) + digits;
    }
}
