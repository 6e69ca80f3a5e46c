package followup.draft;

import com.samskivert.mustache.Template;
import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.schedule.History;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
     * Renders one draft, from the application as it stood on {@code today} (SPEC §6: its status
     * and decision date replayed from the entries up to then; later entries unknown).
     *
     * @param kind   which message
     * @param app    the application it is about
     * @param toName the person to write to ({@code --to}), matched on full or first name ignoring
     *               case; null means the first interviewer of the last interview on or before
     *               today, else the first contact, else nobody (the greeting then addresses the
     *               team and {@code To:} stays empty)
     * @param config the user's config ({@code me.*}); null for defaults
     * @param today  the as-of date: picks the last interview and words dates ("yesterday")
     * @param extras the offer or contract elsewhere and the follow-up's link; null for none
     * @return the draft, with notices for the user (no address known, no name to sign with)
     * @throws DraftException when the template is broken (naming it and the line), the body is
     *                        too long for the medium, or {@code toName} matches nobody (listing
     *                        the people known)
     */
    public Draft render(DraftKind kind, Application app, String toName, Config config, LocalDate today,
                        Extras extras) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(today, "today");
        Extras given = extras == null ? Extras.NONE : extras;
        if (Words.line(app.company()).isEmpty()) {
            throw new DraftException("the application has no company name");
        }
        Config.Me me = (config == null ? Config.DEFAULTS : config).me();
        History h = new History(app, today);
        Contact to = Recipients.choose(app, toName, h).orElse(null);
        TemplateText source = template(kind);

        Map<String, Object> vars = Variables.build(h, to, me, given, false);
        Set<String> names = Variables.names(vars);
        Template template = Templates.compile(source, names);
        Message message = Message.of(Templates.execute(template, source, vars, names));

        if (kind.maxBodyLength().isPresent()) {
            int max = kind.maxBodyLength().getAsInt();
            if (message.length() > max) {
                // one more try with {{brief}} set, which templates use to leave out the optional parts
                vars = Variables.build(h, to, me, given, true);
                message = Message.of(Templates.execute(template, source, vars, names));
            }
            if (message.length() > max) {
                throw new DraftException(source.name() + ": the " + kind.id() + " draft is " + message.length()
                        + " characters, over the " + max + " allowed; shorten the template or the names in it");
            }
        }
        return new Draft(kind, to == null ? "" : Words.line(to.name()), to == null ? "" : Words.line(to.email()),
                kind.isMail() ? message.subject : "", message.body, notices(kind, app, to),
                Words.line(me.name()).isEmpty());
    }

    /** What the user should know to send it: a person with no address, and how else to reach them. */
    private static List<String> notices(DraftKind kind, Application app, Contact to) {
        String file = "applications/" + app.id() + ".yaml";
        if (kind.isMail() && to != null && !to.hasEmail()) {
            String name = Words.line(to.name());
            return List.of("no email address is known for " + name + ": the draft is addressed by name"
                    + (to.hasPhone() ? "; call " + Words.line(to.phone()) + ", or add their 'email' in " + file
                        : "; add their 'email' in " + file));
        }
        if (kind == DraftKind.NOTE && (to == null || Words.line(to.address()).isEmpty())) {
            return List.of(to == null
                    ? "no contact with a postal address is known: add one with an 'address' under 'contacts:' in " + file
                    : "no postal address is known for " + Words.line(to.name()) + ": add their 'address' in " + file
                        + ", or write it on the envelope");
        }
        return List.of();
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
        Application sample = new Application("sample", "Sample", null, followup.model.Status.APPLIED, null, null,
                null, null, null, null, null, null);
        Map<String, Object> vars = Variables.build(new History(sample, LocalDate.of(2000, 1, 1)), null,
                Config.Me.NOBODY, Extras.NONE, false);
        Templates.compile(template, Variables.names(vars));
    }

    private TemplateText template(DraftKind kind) {
        return user.find(kind).or(() -> builtin.find(kind))
                .orElseThrow(() -> new IllegalStateException("no template for " + kind.id()));
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
