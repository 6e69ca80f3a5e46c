package followup.draft;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds what a template sees. Only maps of strings, booleans and nested maps go in — never a
 * model object — because JMustache calls any no-argument method of an object it is given, and a
 * user's template must not be able to reach code. Every variable is always present (an empty
 * string when unknown, with a {@code has-*} flag beside it), so templates can be checked strictly
 * for misspelt names whatever the application holds.
 */
final class Variables {

    /** Extras the CLI may pass; see {@link Drafter#OTHER_COMPANY} and {@link Drafter#LINK}. */
    static final List<String> EXTRAS = List.of(Drafter.OTHER_COMPANY, Drafter.LINK);

    /** The nested groups: printing one of them as text is a template mistake. */
    static final Set<String> GROUPS = Set.of("contact", "interview", "me");

    // Drafts are written in English, so dates are too, whatever the machine's locale.
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private Variables() {
    }

    static Map<String, Object> build(Application app, Contact contact, Interview interview, Config.Me me,
                                     LocalDate today, Map<String, String> extras, boolean brief) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("id", line(app.id()));
        vars.put("company", line(app.company()));
        optional(vars, "role", line(app.role()));
        vars.put("status", app.status() == null ? "" : app.status().id());
        optional(vars, "source", line(app.source()));
        optional(vars, "applied", app.applied() == null ? "" : date(app.applied(), today));
        optional(vars, "anchor", line(app.anchor()));
        optional(vars, "decision-by", app.decisionBy() == null ? "" : date(app.decisionBy(), today));
        vars.put("decision-by-iso", app.decisionBy() == null ? "" : app.decisionBy().toString());
        optional(vars, "notes", app.notes() == null ? "" : app.notes().strip());
        // the anchor is for the thank-you and one later message (seed 004): the first follow-up
        vars.put("first-follow-up", app.log().stream()
                .noneMatch(e -> e.event() == EventType.FOLLOW_UP && !e.date().isAfter(today)));
        vars.put("today", date(today, today));
        vars.put("today-iso", today.toString());
        vars.put("contact", contact(contact));
        vars.put("has-contact", contact != null);
        vars.put("interview", interview(interview, today));
        vars.put("has-interview", interview != null);
        vars.put("me", me(me));
        for (String key : EXTRAS) {
            optional(vars, key, line(extras.get(key)));
        }
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
        m.put("name", c == null ? "" : line(c.name()));
        // the model's first word, taken after tidying so a tab or double space cannot hide it
        m.put("first-name", c == null ? "" : Contact.named(line(c.name())).firstName());
        optional(m, "title", c == null ? "" : line(c.title()));
        optional(m, "email", c == null ? "" : line(c.email()));
        optional(m, "phone", c == null ? "" : line(c.phone()));
        optional(m, "linkedin", c == null ? "" : line(c.linkedin()));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> interview(Interview i, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", i == null ? "" : date(i.date(), today));
        m.put("date-iso", i == null ? "" : i.date().toString());
        m.put("weekday", i == null ? "" : i.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        m.put("month", i == null ? "" : month(i.date(), today));
        m.put("when", i == null ? "" : when(i.date(), today));
        optional(m, "time", i == null || i.time() == null ? "" : i.time().toString());
        optional(m, "kind", i == null ? "" : line(i.kind()));
        optional(m, "with", i == null ? "" : and(i.with()));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> me(Config.Me me) {
        Map<String, Object> m = new LinkedHashMap<>();
        optional(m, "name", line(me.name()));
        optional(m, "email", line(me.email()));
        optional(m, "phone", line(me.phone()));
        return Collections.unmodifiableMap(m);
    }

    /** Puts the value and its {@code has-<key>} flag, so templates can drop a whole sentence. */
    private static void optional(Map<String, Object> m, String key, String value) {
        m.put(key, value);
        m.put("has-" + key, !value.isEmpty());
    }

    /**
     * A value that goes inside a sentence or a header: one line, single spaces, no control
     * characters (a newline in a company name would otherwise split the Subject line).
     */
    static String line(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (!Character.isISOControl(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** "Friday 27 November", with the year only when it is not this year's. */
    static String date(LocalDate d, LocalDate today) {
        String text = d.format(DAY_MONTH);
        return d.getYear() == today.getYear() ? text : text + " " + d.getYear();
    }

    /** "November", or "November 2026" from another year: how one recalls a meeting months on. */
    static String month(LocalDate d, LocalDate today) {
        String text = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return d.getYear() == today.getYear() ? text : text + " " + d.getYear();
    }

    /**
     * When something happened, as it reads after "met with me": "today", "yesterday", "on
     * Tuesday" within the past week, else "on Friday 20 November".
     */
    static String when(LocalDate d, LocalDate today) {
        long days = ChronoUnit.DAYS.between(d, today);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days > 1 && days < 7) {
            return "on " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return "on " + date(d, today);
    }

    /** "Jane Doe", "Jane Doe and Sam Lee", "A, B and C". */
    static String and(List<String> names) {
        List<String> clean = new ArrayList<>();
        for (String n : names) {
            String c = line(n);
            if (!c.isEmpty()) {
                clean.add(c);
            }
        }
        if (clean.size() <= 1) {
            return clean.isEmpty() ? "" : clean.get(0);
        }
        return String.join(", ", clean.subList(0, clean.size() - 1)) + " and " + clean.get(clean.size() - 1);
    }
}
