package followup.inbox;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * Reads the calendar part of a message with ical4j: the method, the start of the first event in
 * local time (converted from its time zone, which the part's own VTIMEZONE or the IANA name
 * defines), and the people invited. The only class of {@code inbox} that touches ical4j.
 */
final class CalendarReader {

    static {
        // never fetch time zone definitions from the network (ical4j's default too, said out loud)
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        if (System.getProperty("net.fortuna.ical4j.timezone.cache.impl") == null) {
            System.setProperty("net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
        }
    }

    private CalendarReader() {
    }

    /**
     * @param method the {@code method} parameter of the part's content type, or null
     * @param zone   the zone times are shown in (the user's)
     * @return what the part says; an invitation whose date is null when it cannot be read
     */
    static Invitation read(String text, String method, ZoneId zone) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder(new CalendarParserImpl(),
                    new ContentHandlerContext().withSuppressInvalidProperties(true),
                    TimeZoneRegistryFactory.getInstance().createRegistry()).build(new StringReader(crlf(text)));
        } catch (Exception | LinkageError e) {
            return unreadable(method);
        }
        String m = calendar.getProperty("METHOD").map(p -> ((Property) p).getValue()).orElse(method);
        m = m == null ? null : m.strip().toUpperCase(Locale.ROOT);
        VEvent event = null;
        for (CalendarComponent c : calendar.getComponents()) {
            if (c instanceof VEvent v) {
                event = v;
                break;
            }
        }
        if (event == null) {
            return unreadable(m);
        }
        if ("REQUEST".equals(m) && value(event, "STATUS").map(s -> s.equalsIgnoreCase("CANCELLED")).orElse(false)) {
            m = "CANCEL";
        }
        Optional<Property> start = event.getProperty("DTSTART");
        if (start.isEmpty()) {
            return unreadable(m);
        }
        Start s = start(start.get(), rawStart(text), zone);
        if (s == null) {
            return unreadable(m);
        }
        return new Invitation(m, s.date, s.time, s.when, attendees(event));
    }

    /**
     * The text with CRLF line ends, as RFC 5545 has them: a part saved with Unix line ends would
     * otherwise not unfold ("RSVP=" / " TRUE" would stay two lines).
     */
    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }

    private static Invitation unreadable(String method) {
        return new Invitation(method, null, null, "(a calendar part that cannot be read)", List.of());
    }

    private record Start(LocalDate date, LocalTime time, String when) {
    }

    /** The start in local time; the time is left out when its zone is not known. */
    private static Start start(Property property, String rawText, ZoneId zone) {
        String raw;
        try {
            raw = property.getValue() == null ? "" : property.getValue().strip();
        } catch (RuntimeException e) {
            raw = rawText; // ical4j resolves the zone even to print the value
        }
        String tzid = property.getParameter("TZID").map(p -> ((Parameter) p).getValue()).orElse(null);
        Temporal t = null;
        if (property instanceof DtStart<?> dt) {
            try {
                t = dt.getDate();
            } catch (RuntimeException e) {
                t = null; // a TZID that is neither IANA's nor defined in the part
            }
        }
        if (t instanceof LocalDate d) {
            return new Start(d, null, d + " (all day)");
        }
        if (t != null && t.isSupported(ChronoField.INSTANT_SECONDS)) {
            ZonedDateTime local = Instant.from(t).atZone(zone);
            String from = tzid != null ? tzid : raw.endsWith("Z") ? "UTC" : "";
            return new Start(local.toLocalDate(), local.toLocalTime(), shown(raw) + (from.isEmpty() ? "" : " " + from));
        }
        if (t instanceof LocalDateTime floating && tzid == null) {
            return new Start(floating.toLocalDate(), floating.toLocalTime(), shown(raw) + " (floating: local time)");
        }
        if (raw.length() >= 8 && raw.substring(0, 8).chars().allMatch(Character::isDigit)) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(raw.substring(0, 4)), Integer.parseInt(raw.substring(4, 6)),
                        Integer.parseInt(raw.substring(6, 8)));
                return new Start(d, null, shown(raw) + " " + (tzid == null ? "" : tzid) + " (time zone unknown: time left out)");
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern DTSTART = java.util.regex.Pattern.compile(
            "(?m)^DTSTART[^:\\r\\n]*:([0-9TZ]+)\\s*$");

    /** The first event's DTSTART value as written, read from the (unfolded) text. */
    private static String rawStart(String text) {
        String unfolded = crlf(text).replace("\r\n ", "").replace("\r\n\t", "");
        int event = unfolded.indexOf("BEGIN:VEVENT");
        java.util.regex.Matcher m = DTSTART.matcher(unfolded.replace("\r\n", "\n"));
        return event >= 0 && m.find(event) ? m.group(1) : "";
    }

    /** {@code 20261202T100000} as {@code 2026-12-02 10:00}. */
    private static String shown(String raw) {
        if (raw.length() >= 13 && raw.charAt(8) == 'T') {
            return raw.substring(0, 4) + "-" + raw.substring(4, 6) + "-" + raw.substring(6, 8) + " "
                    + raw.substring(9, 11) + ":" + raw.substring(11, 13);
        }
        return raw;
    }

    /**
     * The people taking part: the organizer (Outlook does not list them among the attendees, Google
     * does) and the attendees; not rooms or resources, not those marked as not taking part.
     */
    private static List<Invitation.Attendee> attendees(VEvent event) {
        List<Invitation.Attendee> out = new ArrayList<>();
        List<Object> people = new ArrayList<>(event.getProperties("ORGANIZER"));
        people.addAll(event.getProperties("ATTENDEE"));
        for (Object o : people) {
            Property a = (Property) o;
            String cutype = param(a, "CUTYPE");
            String role = param(a, "ROLE");
            if (cutype != null && !cutype.equalsIgnoreCase("INDIVIDUAL")
                    || role != null && role.equalsIgnoreCase("NON-PARTICIPANT")) {
                continue;
            }
            String email = a.getValue() == null ? null : a.getValue().strip().replaceFirst("(?i)^mailto:", "");
            String name = param(a, "CN");
            Invitation.Attendee person = new Invitation.Attendee(name == null || name.isBlank() ? null : name.strip(),
                    email == null || email.isBlank() ? null : email.toLowerCase(Locale.ROOT));
            if (!out.contains(person)) {
                out.add(person);
            }
        }
        return out;
    }

    private static String param(Property p, String name) {
        return p.getParameter(name).map(x -> ((Parameter) x).getValue()).orElse(null);
    }

    private static Optional<String> value(VEvent event, String name) {
        return event.getProperty(name).map(p -> ((Property) p).getValue());
    }
}
