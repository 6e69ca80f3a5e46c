package followup.inbox;

import followup.model.Application;
import followup.model.Contact;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Messages and applications made up for the unit tests of the inbox package. */
final class Mails {

    static final String ME = "alex@example.org";

    private Mails() {
    }

    /** A message read from text; the first address of {@code to} is the main recipient. */
    static Message message(String id, String from, String fromName, LocalDate day, String subject, String text,
            String... to) {
        List<Message.Person> recipients = new ArrayList<>();
        for (String t : to) {
            int lt = t.indexOf('<');
            recipients.add(lt < 0 ? new Message.Person(null, t)
                    : new Message.Person(t.substring(0, lt).strip(), t.substring(lt + 1, t.length() - 1)));
        }
        return new Message("test/" + id, "<" + id + "@test>", day.atTime(LocalTime.NOON).atZone(ZoneOffset.UTC),
                new Message.Person(fromName, from), recipients, List.of(), subject, null, null,
                Classifier.classify(BodyText.written(text), null, day, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
    }

    static Application app(String id, String company, List<Contact> contacts, List<Interview> interviews, List<LogEntry> log) {
        return new Application(id, company, null, interviews.isEmpty() ? Status.APPLIED : Status.INTERVIEWING, null, null,
                contacts, interviews, null, null, null, log);
    }

    static Contact contact(String name, String email) {
        return new Contact(name, null, email, null, null);
    }
}
