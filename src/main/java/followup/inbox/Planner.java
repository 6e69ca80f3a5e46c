package followup.inbox;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import followup.schedule.Action;
import followup.schedule.ActionType;
import followup.schedule.Playbook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns messages, one at a time in date order, into proposals against the applications as they
 * stand, counting what was written before (so that a thank-you sent after an invitation read in
 * the same run finds its interview). Pure: the applications, the config and today come in.
 */
public final class Planner {

    /** The actions a mail you sent can be: not the paper note or LinkedIn, not asking at the interview. */
    private static final Set<ActionType> MAIL = EnumSet.of(ActionType.THANKS, ActionType.CHECK_IN,
            ActionType.FOLLOW_UP, ActionType.TELL_OFFER, ActionType.REJECTION_REPLY, ActionType.WITHDRAW,
            ActionType.KEEP_IN_TOUCH);

    private final Config config;
    private final LocalDate today;
    private final Playbook playbook;
    private final String me;
    private final Map<String, Application> apps = new TreeMap<>();
    /** Message id → the application whose file has it. */
    private final Map<String, String> logged = new HashMap<>();
    private final Set<String> read = new HashSet<>();

    public Planner(Config config, LocalDate today, List<Application> applications) {
        this.config = config;
        this.today = today;
        this.playbook = new Playbook(config);
        this.me = config.me().email() == null || config.me().email().isBlank() ? null
                : config.me().email().strip().toLowerCase(Locale.ROOT);
        for (Application a : applications) {
            written(a);
        }
    }

    /** Whether mail you sent can be told from mail you received ({@code me.email} is set). */
    public boolean knowsMe() {
        return me != null;
    }

    /** The application as it now stands (after what this run wrote). */
    public Application application(String id) {
        return apps.get(id);
    }

    /** What {@code m} amounts to now. */
    public Proposal propose(Message m) {
        String known = logged.get(m.messageId());
        if (known != null) {
            return Proposal.nothing(m, Proposal.Kind.ALREADY_LOGGED, apps.get(known), "",
                    "its Message-ID is in " + known + " already");
        }
        if (!read.add(m.messageId())) {
            return Proposal.nothing(m, Proposal.Kind.ALREADY_LOGGED, null, "",
                    "the same message (same Message-ID) was read earlier in this run");
        }
        Set<String> mine = new HashSet<>(m.delivered());
        if (me != null) {
            mine.add(me);
        }
        boolean sent = me != null && me.equals(m.from().email());
        return sent ? sent(m, mine) : received(m, mine);
    }

    private Proposal received(Message m, Set<String> mine) {
        ApplicationMatcher.Match match = ApplicationMatcher.received(m, List.copyOf(apps.values()), mine);
        if (!match.found()) {
            return Proposal.nothing(m, Proposal.Kind.UNMATCHED, null, "", match.why());
        }
        Application app = match.application();
        if (me == null && toThem(m, app, mine) && !fromThem(m, app, mine)) {
            return Proposal.nothing(m, Proposal.Kind.SKIPPED, app, match.why(), "to them, from an address that is not "
                    + "theirs: perhaps mail you sent (set me.email in config.yaml to tell)");
        }
        if (m.automatic() != null) {
            return Proposal.nothing(m, Proposal.Kind.SKIPPED, app, match.why(), m.automatic() + ": not a word from them");
        }
        Classifier.Reading r = m.reading();
        if (r.event() == null) {
            return Proposal.nothing(m, Proposal.Kind.SKIPPED, app, match.why(), r.why());
        }
        if (r.event() == EventType.INTERVIEW) {
            Invitation inv = m.invitation();
            if (inv.date() == null) {
                return Proposal.nothing(m, Proposal.Kind.SKIPPED, app, match.why(),
                        "an invitation whose calendar part cannot be read: log it by hand");
            }
            Interview interview = new Interview(inv.date(), inv.time(), interviewers(inv, app, mine), null, m.messageId());
            for (Interview i : app.interviews()) {
                if (i.sameRound(interview) && i.covers(interview)) {
                    return Proposal.nothing(m, Proposal.Kind.ALREADY_LOGGED, app, match.why(),
                            "the interview of " + i.date() + (i.time() == null ? "" : " at " + i.time())
                                    + " is in the file already");
                }
            }
            return new Proposal(m, Proposal.Kind.LOG, app, EventType.INTERVIEW, List.of(), interview, match.why(), r.why());
        }
        LocalDate day = m.date().toLocalDate();
        if (day.isAfter(today)) {
            return Proposal.nothing(m, Proposal.Kind.SKIPPED, app, match.why(), "dated " + day + ", after today (" + today + ")");
        }
        for (LogEntry e : app.log()) {
            if (e.date().equals(day) && e.event() == r.event() && Objects.equals(e.decisionBy(), r.decisionBy())) {
                return Proposal.nothing(m, Proposal.Kind.ALREADY_LOGGED, app, match.why(),
                        "a " + r.event().id() + " entry of " + day + " is in the log already");
            }
        }
        LogEntry entry = new LogEntry(day, r.event(), note(m), r.decisionBy(), null, m.messageId());
        return new Proposal(m, Proposal.Kind.LOG, app, r.event(), List.of(entry), null, match.why(), r.why());
    }

    /** Whether a recipient is one of {@code app}'s contacts or at a contact's domain. */
    private static boolean toThem(Message m, Application app, Set<String> mine) {
        for (Message.Person p : m.recipients()) {
            if (!mine.contains(p.email()) && ApplicationMatcher.bySender(new Message.Person(null, p.email()), app)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sender alone (not a recipient) ties the message to {@code app}. */
    private static boolean fromThem(Message m, Application app, Set<String> mine) {
        return !mine.contains(m.from().email()) && ApplicationMatcher.bySender(m.from(), app);
    }

    /** The people an invitation names, as the application's file names them; not you. */
    private List<String> interviewers(Invitation inv, Application app, Set<String> mine) {
        Set<String> names = new LinkedHashSet<>();
        String myName = config.me().name();
        for (Invitation.Attendee a : inv.attendees()) {
            if (a.email() != null && mine.contains(a.email())
                    || myName != null && a.name() != null && a.name().equalsIgnoreCase(myName.strip())) {
                continue;
            }
            String name = null;
            for (Contact c : app.contacts()) {
                if (a.email() != null && c.email() != null && a.email().equalsIgnoreCase(c.email().strip())) {
                    name = c.name();
                }
            }
            if (name == null && a.name() != null && !a.name().contains("@")) {
                name = a.name();
            }
            if (name != null) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private Proposal sent(Message m, Set<String> mine) {
        ApplicationMatcher.Match match = ApplicationMatcher.sent(m, List.copyOf(apps.values()), mine);
        if (!match.found()) {
            return Proposal.nothing(m, Proposal.Kind.UNMATCHED, null, "", match.why());
        }
        Application app = match.application();
        LocalDate day = m.date().toLocalDate();
        if (day.isAfter(today)) {
            return Proposal.nothing(m, Proposal.Kind.SKIPPED, app, match.why(), "dated " + day + ", after today (" + today + ")");
        }
        List<String> people = recipients(m, app, mine);
        List<Action> due = new ArrayList<>();
        for (Action a : playbook.schedule(List.copyOf(apps.values()), day, 0)) {
            if (a.application().id().equals(app.id()) && MAIL.contains(a.type()) && !a.due().isAfter(day)) {
                due.add(a);
            }
        }
        List<Action> personal = new ArrayList<>();
        List<Action> general = new ArrayList<>();
        for (Action a : due) {
            if (a.to() == null) {
                general.add(a);
            } else if (anySameName(a.to(), people)) {
                personal.add(a);
            }
        }
        List<Action> chosen = personal.isEmpty() ? general : personal;
        Set<ActionType> types = EnumSet.noneOf(ActionType.class);
        for (Action a : chosen) {
            types.add(a.type());
        }
        if (types.isEmpty()) {
            for (LogEntry e : app.log()) {
                if (e.date().equals(day) && e.event().isTouch() && (e.with() == null || anySameName(e.with(), people))) {
                    return Proposal.nothing(m, Proposal.Kind.ALREADY_LOGGED, app, match.why(),
                            "sent by you; a " + e.event().id() + " entry of " + day + " is in the log already");
                }
            }
            return Proposal.nothing(m, Proposal.Kind.SKIPPED, app, match.why(), "sent by you, but no thank-you, check-in "
                    + "or other message was due to " + (people.isEmpty() ? "them" : String.join(", ", people))
                    + " on " + day + ": not guessed");
        }
        if (types.size() > 1) {
            List<String> names = new ArrayList<>();
            for (ActionType t : types) {
                names.add(t.id());
            }
            return Proposal.nothing(m, Proposal.Kind.SKIPPED, app, match.why(), "sent by you on " + day
                    + " when more than one message was due (" + String.join(", ", names) + "): not guessed");
        }
        ActionType type = types.iterator().next();
        EventType event = EventType.parse(type.logEvent()).orElseThrow();
        List<LogEntry> entries = new ArrayList<>();
        String note = note(m);
        List<String> to = new ArrayList<>();
        for (Action a : chosen) {
            if (a.to() != null) {
                to.add(a.to());
            }
        }
        int allThanks = 0;
        for (Action a : due) {
            allThanks += a.type() == ActionType.THANKS && a.to() != null ? 1 : 0;
        }
        if (to.isEmpty() || type == ActionType.THANKS && to.size() > 1 && to.size() == allThanks) {
            // one message to everyone it was due to: a plain entry ends it for all of them
            entries.add(new LogEntry(day, event, note, null, null, m.messageId()));
        } else {
            for (String person : to) {
                entries.add(new LogEntry(day, event, note, null, person, m.messageId()));
            }
        }
        String whom = to.isEmpty() ? "" : " to " + String.join(", ", to);
        return new Proposal(m, Proposal.Kind.LOG, app, event, entries, null, match.why(),
                "sent by you: the " + type.id() + whom + " that was due on " + day);
    }

    /** The names a message went to: the contacts at its addresses, and the names in its headers. */
    private static List<String> recipients(Message m, Application app, Set<String> mine) {
        List<String> names = new ArrayList<>();
        for (Message.Person p : m.recipients()) {
            if (mine.contains(p.email())) {
                continue;
            }
            for (Contact c : app.contacts()) {
                if (c.email() != null && c.email().strip().equalsIgnoreCase(p.email()) && !names.contains(c.name())) {
                    names.add(c.name());
                }
            }
            if (p.name() != null && !p.name().isBlank() && !p.name().contains("@") && !names.contains(p.name())) {
                names.add(p.name());
            }
        }
        return names;
    }

    /** "Jane" and "Jane Doe", "jane doe" and "Jane Doe", "Zoë" and "Zoe": the same person. */
    static boolean sameName(String a, String b) {
        List<String> x = List.of(ApplicationMatcher.words(a).split(" "));
        List<String> y = List.of(ApplicationMatcher.words(b).split(" "));
        if (x.isEmpty() || y.isEmpty() || x.get(0).isEmpty() || y.get(0).isEmpty()) {
            return false;
        }
        return x.size() <= y.size() ? y.containsAll(x) : x.containsAll(y);
    }

    private static boolean anySameName(String name, List<String> people) {
        for (String p : people) {
            if (sameName(name, p)) {
                return true;
            }
        }
        return false;
    }

    /** The entry's note: the subject line, and nothing else of the message. */
    private static String note(Message m) {
        return m.subject() == null || m.subject().isBlank() ? null : m.subject();
    }

    /** Counts {@code p} as written, for the messages that come after it. */
    public void applied(Proposal p) {
        if (p.kind() != Proposal.Kind.LOG) {
            return;
        }
        Application a = apps.get(p.application().id());
        List<LogEntry> log = new ArrayList<>(a.log());
        log.addAll(p.entries());
        List<Interview> interviews = new ArrayList<>(a.interviews());
        Status status = a.status();
        LocalDate decision = a.decisionBy();
        if (p.interview() != null) {
            boolean done = false;
            for (int i = 0; i < interviews.size() && !done; i++) {
                if (interviews.get(i).sameRound(p.interview())) {
                    interviews.set(i, interviews.get(i).completedWith(p.interview()));
                    done = true;
                }
            }
            if (!done) {
                interviews.add(p.interview());
            }
            if (status != Status.OFFER && status != Status.ACCEPTED) {
                status = Status.INTERVIEWING;
            }
        }
        for (LogEntry e : p.entries()) {
            status = e.event().setsStatus().orElse(status);
            if ((e.event() == EventType.TIMELINE || e.event() == EventType.DELAYED) && e.decisionBy() != null) {
                decision = e.decisionBy();
            }
        }
        written(new Application(a.id(), a.company(), a.role(), status, a.source(), a.applied(), a.contacts(),
                interviews, decision, a.anchor(), a.notes(), log));
        logged.put(p.message().messageId(), a.id());
    }

    /** The application as it is now on disk (after a write, or at the start). */
    public void written(Application a) {
        apps.put(a.id(), a);
        for (LogEntry e : a.log()) {
            if (e.messageId() != null) {
                logged.putIfAbsent(e.messageId().strip(), a.id());
            }
        }
        for (Interview i : a.interviews()) {
            if (i.messageId() != null) {
                logged.putIfAbsent(i.messageId().strip(), a.id());
            }
        }
    }
}
