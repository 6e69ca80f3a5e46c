package followup.ics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Renders events as an iCalendar (RFC 5545) file with ical4j, which does the text escaping and
 * the line folding. The only class that touches ical4j: it costs a few hundred milliseconds to
 * load, so no other command may reach it.
 *
 * <p>Times are floating (local, no time zone), as the application files keep them: an interview
 * at 14:00 shows at 14:00 wherever the calendar is.
 */
public final class IcsWriter {

    /** How often a subscribing calendar should fetch the file again (RFC 7986). */
    private static final Duration REFRESH = Duration.ofHours(12);

    /** The last day a date in an iCalendar file can name (its years have four digits). */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private IcsWriter() {
    }

    /**
     * @param events   in the order they should appear
     * @param stamp    the day the file is made (DTSTAMP, at midnight UTC: one value per day keeps
     *                 a regenerated file identical unless something changed)
     * @return the calendar text, with CRLF line ends
     */
    public static String write(List<IcsEvent> events, LocalDate stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//followup//followup//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "followup"));
        // RFC 7986 gives REFRESH-INTERVAL no default value type: VALUE=DURATION is required
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        DtStamp dtStamp = new DtStamp(stamp.atStartOfDay(ZoneOffset.UTC).toInstant());
        for (IcsEvent e : events) {
            VEvent v = new VEvent(false);
            v.add(new Uid(e.uid()));
            v.add(dtStamp);
            // iCalendar years have four digits: an end in year 10000 is left to the rules that
            // need no end date (an all-day event lasts its day; a timed one gets a DURATION)
            if (e.allDay()) {
                v.add(new DtStart<>(e.date()));
                if (e.date().isBefore(LAST_DAY)) {
                    v.add(new DtEnd<>(e.date().plusDays(1)));
                }
            } else {
                LocalDateTime start = e.date().atTime(e.time());
                v.add(new DtStart<>(start));
                LocalDateTime end = start.plus(e.length());
                v.add(end.toLocalDate().isAfter(LAST_DAY) ? new net.fortuna.ical4j.model.property.Duration(e.length())
                        : new DtEnd<>(end));
            }
            v.add(new Summary(e.summary()));
            if (e.description() != null && !e.description().isBlank()) {
                v.add(new Description(e.description()));
            }
            v.add(e.busy() ? ImmutableTransp.OPAQUE : ImmutableTransp.TRANSPARENT);
            if (e.reminder() != null) {
                // RFC 5545 §3.6.6: a display alarm needs its own DESCRIPTION, what the reminder shows
                VAlarm alarm = new VAlarm(e.reminder());
                alarm.add(ImmutableAction.DISPLAY);
                alarm.add(new Description(e.summary()));
                v.add(alarm);
            }
            calendar.add(v);
        }
        StringWriter text = new StringWriter();
        try {
            // validation is the tests' job: here it would only add start-up time
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("an invalid calendar was built", e);
        }
        return text.toString();
    }
}
