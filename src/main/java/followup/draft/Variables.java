package followup.draft;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.schedule.History;
import followup.schedule.Outcome;
import followup.text.DateText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds what a template sees. Only maps of strings, booleans and nested maps go in — never a
 * model object — because JMustache calls any no-argument method of an object it is given, and a
 * user's template must not be able to reach code. Every variable is always present (an empty
 * string when unknown, with a {@code has-*} flag beside it), so templates can be checked strictly
 * for misspelt names whatever the application holds.
 *
 * <p>The facts come from the application as it stood on the as-of date ({@link History}): its
 * replayed status and decision date (a {@code delayed} with no new date leaves no old date to
 * cite), the round it is at, the next one scheduled, and what the current wait began with.
 */
final class Variables {

    /** The nested groups: printing one of them as text is a template mistake. */
    static final Set<String> GROUPS = Set.of("contact", "interview", "next-interview", "wait", "last-nudge",
            "last-contact", "offer", "me");


    private Variables() {
    }

    static Map<String, Object> build(History h, Contact contact, Config.Me me, Extras extras, boolean brief) {
        Application app = h.app;
        LocalDate today = h.today;
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("id", Words.line(app.id()));
        vars.put("company", Words.line(app.company()));
        optional(vars, "role", Words.line(app.role()));
        vars.put("status", h.status.id());
        optional(vars, "source", Words.line(app.source()));
        optional(vars, "applied", app.applied() == null ? "" : DateText.longDay(app.applied(), today));
        // the person's own hook wins in their drafts (004: "a mutual friend, ... whatever else
        // that established a temporary bond between you")
        String anchor = contact != null && !Words.line(contact.anchor()).isEmpty() ? contact.anchor() : app.anchor();
        optional(vars, "anchor", Words.line(anchor));
        LocalDate decision = h.decisionBy();
        optional(vars, "decision-by", decision == null ? "" : DateText.longDay(decision, today));
        vars.put("decision-by-iso", decision == null ? "" : decision.toString());
        optional(vars, "notes", app.notes() == null ? "" : app.notes().strip());
        vars.put("first-follow-up", h.latest(EventType.FOLLOW_UP) == null);
        vars.put("first-keep-in-touch", h.latest(EventType.KEEP_IN_TOUCH) == null);
        vars.put("fresh-anchor", freshAnchor(h, contact));
        vars.put("connected", h.connected());
        vars.put("rejected", h.status == followup.model.Status.REJECTED);
        vars.put("today", DateText.longDay(today, today));
        vars.put("today-iso", today.toString());
        vars.put("letter-date", DateText.letterDate(today));
        vars.put("contact", contact(contact));
        vars.put("has-contact", contact != null);
        Interview last = h.lastRound().isEmpty() ? null : h.lastRound().get(h.lastRound().size() - 1);
        vars.put("interview", interview(last, h, contact));
        vars.put("has-interview", last != null);
        Interview next = h.nextRound();
        vars.put("next-interview", next(next, h));
        vars.put("has-next-interview", next != null);
        vars.put("wait", waitGroup(h));
        vars.put("has-wait", h.waitStart() != null);
        LogEntry nudge = lastNudge(h);
        vars.put("last-nudge", nudge(nudge, today));
        vars.put("has-last-nudge", nudge != null);
        LocalDate contacted = lastContact(h);
        vars.put("last-contact", lastContact(contacted, today));
        vars.put("has-last-contact", contacted != null);
        Outcome other = extras.other();
        vars.put("offer", offer(other, today));
        vars.put("has-offer", other != null);
        // the name older templates use for offer.company
        optional(vars, "other-company", other == null ? "" : Words.line(other.company()));
        optional(vars, "link", Words.line(extras.link()));
        optional(vars, "about", Words.line(extras.about()));
        vars.put("me", me(me));
        vars.put("brief", brief);
        return Collections.unmodifiableMap(vars);
    }

    /**
     * Every name a template may use: top-level keys, dotted paths into groups, and a group's own
     * keys (which resolve inside {@code {{#contact}}...{{/contact}}}), plus Mustache's own names.
     */
    static Set<String> names(Map<String, Object> vars) {
        Set<String> names = new LinkedHashSet<>(List.of(".", "this", "-first", "-last", "-index"));
        for (Map.Entry<String, Object> e : vars.entrySet()) {
            names.add(e.getKey());
            if (e.getValue() instanceof Map<?, ?> group) {
                for (Object key : group.keySet()) {
                    names.add(e.getKey() + "." + key);
                    names.add((String) key);
                }
            }
        }
        return names;
    }

    private static Map<String, Object> contact(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c == null ? "" : Words.line(c.name()));
        // the model's first word, taken after tidying so a tab or double space cannot hide it
        m.put("first-name", c == null ? "" : Contact.named(Words.line(c.name())).firstName());
        optional(m, "title", c == null ? "" : Words.line(c.title()));
        optional(m, "email", c == null ? "" : Words.line(c.email()));
        optional(m, "phone", c == null ? "" : Words.line(c.phone()));
        optional(m, "linkedin", c == null ? "" : Words.line(c.linkedin()));
        optional(m, "anchor", c == null ? "" : Words.line(c.anchor()));
        optional(m, "address", c == null ? "" : Words.lines(c.address()));
        return Collections.unmodifiableMap(m);
    }

    /** The last interview held, with its round and the others who were in it besides {@code contact}. */
    private static Map<String, Object> interview(Interview i, History h, Contact contact) {
        Map<String, Object> m = new LinkedHashMap<>();
        LocalDate today = h.today;
        m.put("date", i == null ? "" : DateText.longDay(i.date(), today));
        m.put("date-iso", i == null ? "" : i.date().toString());
        m.put("weekday", i == null ? "" : DateText.weekday(i.date()));
        m.put("month", i == null ? "" : DateText.month(i.date(), today));
        m.put("when", i == null ? "" : DateText.past(i.date(), today));
        optional(m, "time", i == null || i.time() == null ? "" : i.time().toString());
        optional(m, "kind", i == null ? "" : Words.line(i.kind()));
        optional(m, "with", i == null ? "" : Words.and(i.with()));
        m.put("in-person", i != null && History.inPerson(i));
        int round = h.rounds();
        m.put("round", round == 0 ? "" : String.valueOf(round));
        m.put("ordinal", round == 0 ? "" : Words.ordinal(round));
        m.put("later-round", round > 1);
        List<String> others = new ArrayList<>();
        List<String> othersFirst = new ArrayList<>();
        for (Interview same : h.lastRound()) {
            for (String name : same.with()) {
                String clean = Words.line(name);
                if (!clean.isEmpty() && !others.contains(clean) && (contact == null || !samePerson(contact, clean))) {
                    others.add(clean);
                    othersFirst.add(Contact.named(clean).firstName());
                }
            }
        }
        optional(m, "others", Words.and(others));
        m.put("others-first", Words.and(othersFirst));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> next(Interview i, History h) {
        Map<String, Object> m = new LinkedHashMap<>();
        LocalDate today = h.today;
        m.put("date", i == null ? "" : DateText.longDay(i.date(), today));
        m.put("date-iso", i == null ? "" : i.date().toString());
        m.put("weekday", i == null ? "" : DateText.weekday(i.date()));
        m.put("when", i == null ? "" : DateText.ahead(i.date(), today));
        optional(m, "time", i == null || i.time() == null ? "" : i.time().toString());
        optional(m, "kind", i == null ? "" : Words.line(i.kind()));
        optional(m, "with", i == null ? "" : Words.and(i.with()));
        m.put("ordinal", i == null ? "" : Words.ordinal(h.rounds() + 1));
        return Collections.unmodifiableMap(m);
    }

    /** The current wait: when it began and what a check-in now counts from (as the playbook has it). */
    private static Map<String, Object> waitGroup(History h) {
        Map<String, Object> m = new LinkedHashMap<>();
        LocalDate w = h.waitStart();
        History.Basis basis = w == null ? null : h.basis();
        m.put("date", w == null ? "" : DateText.longDay(w, h.today));
        m.put("when", w == null ? "" : DateText.past(w, h.today));
        m.put("from-decision", basis == History.Basis.DECISION_DATE);
        m.put("from-interview", basis == History.Basis.INTERVIEW);
        m.put("from-reply", basis == History.Basis.REPLY);
        m.put("from-delay", basis == History.Basis.DELAY);
        // their word after the interview began it (a reply, a date, a delay), whatever the
        // check-in counts from
        LogEntry reply = h.waitReply();
        m.put("by-reply", reply != null && reply.event() != EventType.INTERVIEW
                && (h.last == null || reply.date().isAfter(h.last)));
        return Collections.unmodifiableMap(m);
    }

    /** The latest check-in or follow-up of the current wait, or null. */
    private static LogEntry lastNudge(History h) {
        LogEntry found = null;
        for (LogEntry e : h.log) {
            boolean nudge = e.event() == EventType.CHECK_IN || e.event() == EventType.FOLLOW_UP;
            if (nudge && (h.waitStart() == null || !e.date().isBefore(h.waitStart()))) {
                found = e;
            }
        }
        return found;
    }

    private static Map<String, Object> nudge(LogEntry e, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e == null ? "" : DateText.longDay(e.date(), today));
        m.put("when", e == null ? "" : DateText.past(e.date(), today));
        m.put("kind", e == null ? "" : e.event().id());
        return Collections.unmodifiableMap(m);
    }

    /** The latest day either side said something: a message, a reply or an interview. */
    private static LocalDate lastContact(History h) {
        LocalDate last = h.last;
        for (LogEntry e : h.log) {
            if ((e.event().isTouch() || e.event().isReply()) && (last == null || e.date().isAfter(last))) {
                last = e.date();
            }
        }
        return last;
    }

    private static Map<String, Object> lastContact(LocalDate d, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", d == null ? "" : DateText.longDay(d, today));
        m.put("month", d == null ? "" : DateText.month(d, today));
        m.put("when", d == null ? "" : DateText.past(d, today));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> offer(Outcome o, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        optional(m, "company", o == null ? "" : Words.line(o.company()));
        optional(m, "deadline", o == null || o.deadline() == null ? "" : DateText.longDay(o.deadline(), today));
        m.put("deadline-iso", o == null || o.deadline() == null ? "" : o.deadline().toString());
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> me(Config.Me me) {
        Map<String, Object> m = new LinkedHashMap<>();
        optional(m, "name", Words.line(me.name()));
        optional(m, "email", Words.line(me.email()));
        optional(m, "phone", Words.line(me.phone()));
        m.put("signature", Words.line(me.name()).isEmpty() ? Draft.SIGNATURE_TO_FILL_IN : Words.line(me.name()));
        return Collections.unmodifiableMap(m);
    }

    /**
     * Whether the anchor is a hook from the last round, so that a thank-you for it may cite it: a
     * person's own anchor in the first round they were in, the application's (set when it was
     * added, from its first interview) in the first round only. A hook is used sparingly (004),
     * and never in a note to someone who was not there.
     */
    private static boolean freshAnchor(History h, Contact contact) {
        if (h.rounds() <= 1) {
            return true;
        }
        if (contact == null || Words.line(contact.anchor()).isEmpty()) {
            return false;
        }
        for (Interview i : h.held) {
            if (i.date().equals(h.last)) {
                break;
            }
            for (String name : i.with()) {
                if (samePerson(contact, Words.line(name))) {
                    return false;
                }
            }
        }
        return named(h.lastRound(), contact);
    }

    private static boolean named(List<Interview> round, Contact contact) {
        for (Interview i : round) {
            for (String name : i.with()) {
                if (samePerson(contact, Words.line(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean samePerson(Contact c, String name) {
        String full = Words.line(c.name());
        return full.equalsIgnoreCase(name) || !name.contains(" ") && Contact.named(full).firstName().equalsIgnoreCase(name);
    }

    /** Puts the value and its {@code has-<key>} flag, so templates can drop a whole sentence. */
    private static void optional(Map<String, Object> m, String key, String value) {
        m.put(key, value);
        m.put("has-" + key, !value.isEmpty());
    }
}
