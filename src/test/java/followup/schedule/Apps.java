package followup.schedule;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test fixtures: applications written the way the tables read. A log is a {@code ;}-separated
 * list of {@code DATE EVENT [by=DATE] [deadline=DATE] [with=NAME]}; interviews are
 * {@code DATE [HH:MM] [with=A|B] [kind=KIND]} (a hyphen in a kind reads as a space).
 */
final class Apps {

    private Apps() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso.strip());
    }

    static Builder app(String id) {
        return new Builder(id);
    }

    /** The actions of the given types (all when none given), one "type due [to]" per action, joined by "; ". */
    static String render(List<Action> actions, ActionType... types) {
        List<ActionType> only = Arrays.asList(types);
        String s = actions.stream()
                .filter(a -> only.isEmpty() || only.contains(a.type()))
                .map(a -> a.type().id() + " " + a.due() + (a.to() == null ? "" : " " + a.to()))
                .collect(Collectors.joining("; "));
        return s.isEmpty() ? "-" : s;
    }

    static List<Action> schedule(Config config, LocalDate today, int days, Application... apps) {
        return new Playbook(config).schedule(List.of(apps), today, days);
    }

    static List<Action> schedule(LocalDate today, Application... apps) {
        return schedule(Config.DEFAULTS, today, 0, apps);
    }

    /** The application with one more entry, its status updated as {@code followup log} would. */
    static Application logged(Application a, LogEntry e) {
        List<LogEntry> log = new ArrayList<>(a.log());
        log.add(e);
        List<Interview> interviews = a.interviews();
        if (e.event() == EventType.INTERVIEW) {
            interviews = new ArrayList<>(interviews);
            interviews.add(new Interview(e.date(), null, List.of(), null));
        }
        Status status = e.event().setsStatus().orElse(a.status());
        LocalDate decisionBy = e.decisionBy() != null ? e.decisionBy() : a.decisionBy();
        return new Application(a.id(), a.company(), a.role(), status, a.source(), a.applied(), a.contacts(),
                interviews, decisionBy, a.anchor(), a.notes(), log);
    }

    static final class Builder {
        private final String id;
        private String company;
        private Status status = Status.INTERVIEWING;
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Interview> interviews = new ArrayList<>();
        private final List<LogEntry> log = new ArrayList<>();
        private LocalDate decisionBy;

        private Builder(String id) {
            this.id = id;
            this.company = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        }

        Builder company(String name) {
            this.company = name;
            return this;
        }

        Builder status(Status s) {
            this.status = s;
            return this;
        }

        Builder contact(String name, String phone) {
            contacts.add(new Contact(name, null, null, phone, null));
            return this;
        }

        Builder contact(String name, String email, String phone) {
            contacts.add(new Contact(name, null, email, phone, null));
            return this;
        }

        Builder decisionBy(String iso) {
            this.decisionBy = iso == null || iso.isBlank() ? null : d(iso);
            return this;
        }

        /** {@code DATE [HH:MM] [with=A|B] [kind=KIND]}, several separated by {@code ;}. */
        Builder interviews(String spec) {
            for (String one : parts(spec)) {
                String[] words = one.split(" ", 2);
                LocalTime time = null;
                List<String> with = List.of();
                String kind = null;
                String rest = words.length > 1 ? words[1].strip() : "";
                if (rest.matches("\\d\\d:\\d\\d.*")) {
                    time = LocalTime.parse(rest.substring(0, 5));
                    rest = rest.substring(5).strip();
                }
                int k = rest.indexOf("kind=");
                if (k >= 0) {
                    kind = rest.substring(k + 5).strip().replace('-', ' ');
                    rest = rest.substring(0, k).strip();
                }
                if (rest.startsWith("with=")) {
                    with = List.of(rest.substring(5).split("\\|"));
                }
                interviews.add(new Interview(d(words[0]), time, with, kind));
            }
            return this;
        }

        /** {@code DATE EVENT [by=DATE] [deadline=DATE] [with=NAME]}, several separated by {@code ;}. */
        Builder log(String spec) {
            for (String one : parts(spec)) {
                String[] words = one.split(" ", 3);
                EventType event = EventType.parse(words[1])
                        .orElseThrow(() -> new IllegalArgumentException("no event " + words[1]));
                LocalDate by = null;
                LocalDate deadline = null;
                String with = null;
                String rest = words.length > 2 ? words[2].strip() : "";
                if (rest.startsWith("by=")) {
                    by = d(rest.substring(3, 13));
                    rest = rest.substring(13).strip();
                }
                if (rest.startsWith("deadline=")) {
                    deadline = d(rest.substring(9, 19));
                    rest = rest.substring(19).strip();
                }
                if (rest.startsWith("with=")) {
                    with = rest.substring(5);
                }
                log.add(new LogEntry(d(words[0]), event, null, by, with, deadline, null));
            }
            return this;
        }

        Application build() {
            return new Application(id, company, "Engineer", status, null, null, contacts, interviews,
                    decisionBy, null, null, log);
        }

        private static List<String> parts(String spec) {
            if (spec == null || spec.isBlank() || spec.strip().equals("-")) {
                return List.of();
            }
            return Arrays.stream(spec.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
