package followup.draft;

import com.samskivert.mustache.Template;
import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.Interview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes message drafts from Mustache templates: a user's override when there is one, else the
 * built-in. Pure: the application, the config, "today" and the template texts all come in;
 * nothing here reads the clock, the environment or the disk.
 *
 * <p>A template renders the whole message. Its first line may be {@code Subject: ...}, which
 * becomes the draft's subject (the built-in note and LinkedIn request have none); the rest,
 * after blank lines are skipped, is the body. Trailing spaces are removed, runs of blank lines
 * become one, and blank lines at either end go, so sections that drop a sentence leave no gap.
 */
public final class Drafter {

    /** Extra: the company that made the other offer, or that was accepted ({@code other-offer}, {@code withdraw}). */
    public static final String OTHER_COMPANY = "other-company";
    /** Extra: a link to an article or piece of news worth sharing ({@code follow-up}). */
    public static final String LINK = "link";

    private final TemplateSource user;
    private final TemplateSource builtin;

    /**
     * @param user    the user's overrides ({@link TemplateSource#none()} when there are none)
     * @param builtin the shipped templates, normally {@link BuiltinTemplates}
     */
    public Drafter(TemplateSource user, TemplateSource builtin) {
        this.user = Objects.requireNonNull(user, "user");
        this.builtin = Objects.requireNonNull(builtin, "builtin");
    }

    /**
     * Renders one draft.
     *
     * @param kind   which message
     * @param app    the application it is about
     * @param toName the person to write to ({@code --to}), matched on full or first name ignoring
     *               case; null means the first interviewer of the last interview on or before
     *               today, else the first contact, else nobody (the greeting then addresses the
     *               team and {@code To:} stays empty)
     * @param config the user's config ({@code me.*}); null for defaults
     * @param today  the as-of date: picks the last interview and words dates ("yesterday")
     * @param extras optional values by key, {@link #OTHER_COMPANY} and {@link #LINK}; may be null
     * @return the draft
     * @throws DraftException when the template is broken (naming it and the line), the body is
     *                        too long for the medium, or {@code toName} matches nobody (listing
     *                        the people known)
     * @throws IllegalArgumentException for an extra key other than those above
     */
    public Draft render(DraftKind kind, Application app, String toName, Config config, LocalDate today,
                        Map<String, String> extras) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(today, "today");
        Map<String, String> given = extras == null ? Map.of() : extras;
        for (String key : given.keySet()) {
            if (!Variables.EXTRAS.contains(key)) {
                throw new IllegalArgumentException("unknown extra '" + key + "'; known: " + Variables.EXTRAS);
            }
        }
        if (Variables.line(app.company()).isEmpty()) {
            throw new DraftException("the application has no company name");
        }
        Config.Me me = (config == null ? Config.DEFAULTS : config).me();
        Interview last = lastInterview(app, today);
        Optional<Contact> contact = Recipients.choose(app, toName, last);
        TemplateText source = template(kind);

        Map<String, Object> vars = Variables.build(app, contact.orElse(null), last, me, today, given, false);
        Set<String> names = Variables.names(vars);
        Template template = Templates.compile(source, names);
        Message message = Message.of(Templates.execute(template, source, vars, names));

        if (kind.maxBodyLength().isPresent()) {
            int max = kind.maxBodyLength().getAsInt();
            if (message.length() > max) {
                // one more try with {{brief}} set, which templates use to leave out the optional parts
                vars = Variables.build(app, contact.orElse(null), last, me, today, given, true);
                message = Message.of(Templates.execute(template, source, vars, names));
            }
            if (message.length() > max) {
                throw new DraftException(source.name() + ": the " + kind.id() + " draft is " + message.length()
                        + " characters, over the " + max + " allowed; shorten the template or the names in it");
            }
        }
        Contact to = contact.orElse(null);
        return new Draft(kind, to == null ? "" : Variables.line(to.name()), to == null ? "" : Variables.line(to.email()),
                message.subject, message.body);
    }

    /** Where the template for that kind comes from: {@code "built-in"} or the user template's name. */
    public String origin(DraftKind kind) {
        return user.find(kind).map(TemplateText::name).orElse("built-in");
    }

    /**
     * Checks a template without rendering it (for {@code followup check} or {@code draft --list}):
     * syntax, and that every name it uses exists.
     *
     * @throws DraftException naming the template and line of the first problem
     */
    public static void check(TemplateText template) {
        Application sample = new Application("sample", "Sample", null, null, null, null, null, null, null, null,
                null, null);
        Map<String, Object> vars = Variables.build(sample, null, null, Config.Me.NOBODY, LocalDate.of(2000, 1, 1),
                Map.of(), false);
        Templates.compile(template, Variables.names(vars));
    }

    private TemplateText template(DraftKind kind) {
        return user.find(kind).or(() -> builtin.find(kind))
                .orElseThrow(() -> new IllegalStateException("no template for " + kind.id()));
    }

    /** The latest interview on or before today: later ones have not happened yet. */
    private static Interview lastInterview(Application app, LocalDate today) {
        Interview last = null;
        for (Interview i : app.interviews()) {
            if (!i.date().isAfter(today)) {
                last = i;
            }
        }
        return last;
    }

    /** A rendered template split into subject and body, with its whitespace tidied. */
    private record Message(String subject, String body) {

        static Message of(String rendered) {
            List<String> lines = new ArrayList<>();
            for (String line : rendered.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
                lines.add(line.stripTrailing());
            }
            int i = 0;
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            String subject = "";
            if (i < lines.size() && lines.get(i).regionMatches(true, 0, "Subject:", 0, 8)) {
                subject = lines.get(i).substring(8).strip();
                i++;
            }
            StringBuilder body = new StringBuilder();
            boolean gap = false;
            for (; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    gap = body.length() > 0;
                    continue;
                }
                if (body.length() > 0) {
                    body.append(gap ? "\n\n" : "\n");
                }
                body.append(line);
                gap = false;
            }
            return new Message(subject, body.toString());
        }

        /** Characters as a person (or LinkedIn) counts them: code points, not UTF-16 units. */
        int length() {
            return body.codePointCount(0, body.length());
        }
    }
}
