package followup.inbox;

import followup.model.Application;
import followup.model.Contact;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which application a message belongs to (SPEC §6a): the one with a contact at the sender's or a
 * recipient's address; else the one with a contact at the sender's domain (never a public mail
 * provider's); else the one whose company name is in the sender's display name or the subject
 * ("Acme Corp via Greenhouse", "Your application to Acme Corp"). None, or more than one at the
 * first rule that finds any, is no match. Pure.
 */
public final class ApplicationMatcher {

    /**
     * The application found, or null with the reason none was; {@code why} says which rule decided.
     */
    public record Match(Application application, String why) {
        public boolean found() {
            return application != null;
        }
    }

    /** Domains anyone can have an address at: sharing one says nothing about an employer. */
    private static final Set<String> PUBLIC = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "live.com", "msn.com", "yahoo.com", "ymail.com", "rocketmail.com", "icloud.com", "me.com", "mac.com",
            "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "aol.com", "gmx.com", "gmx.net", "gmx.de",
            "mail.com", "web.de", "yandex.com", "yandex.ru", "zoho.com", "fastmail.com", "fastmail.fm", "hey.com",
            "tutanota.com", "tuta.io", "qq.com", "163.com", "126.com", "orange.fr", "free.fr", "laposte.net",
            "t-online.de", "libero.it", "mail.ru", "comcast.net", "verizon.net", "att.net", "sbcglobal.net",
            "btinternet.com", "duck.com", "posteo.de", "mailbox.org", "hushmail.com", "inbox.com", "naver.com");
    /** Public providers whose country domains vary: hotmail.co.uk, yahoo.fr, outlook.de, ... */
    private static final Pattern PUBLIC_FAMILY = Pattern.compile(
            "(^|\\.)(hotmail|outlook|live|yahoo|ymail|gmx|yandex|aol|icloud|proton|protonmail|msn|windowslive)\\.[a-z.]+$");

    /** Legal-form words a company is also known without ("Acme Corp." is "Acme" in a subject). */
    private static final Set<String> LEGAL = Set.of("corp", "corporation", "inc", "incorporated", "llc", "llp", "ltd",
            "limited", "gmbh", "ag", "sa", "sas", "sarl", "plc", "co", "company", "bv", "nv", "srl", "spa", "oy", "ab",
            "as", "asa", "kg", "pty", "pte", "kk");

    private static final Pattern FORWARD = Pattern.compile("(?i)^\\s*(fwd?|fw|wg|tr|rv|doorst)\\s*:.*");
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^\\s*((re|aw|sv|antw|réf)\\s*(\\[\\d+])?\\s*:\\s*)+");

    private ApplicationMatcher() {
    }

    /** Whether a domain belongs to a public mail provider (gmail.com, outlook.com, ...). */
    public static boolean isPublic(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return PUBLIC.contains(d) || PUBLIC_FAMILY.matcher(d).find();
    }

    /**
     * The application of a message from them.
     *
     * @param me the user's own addresses (never evidence of anything)
     */
    public static Match received(Message m, List<Application> apps, Set<String> me) {
        List<Message.Person> people = new ArrayList<>();
        people.add(m.from());
        people.addAll(m.recipients());
        Match byAddress = byAddress(people, apps, me);
        if (byAddress != null) {
            return byAddress;
        }
        Match byDomain = byDomain(List.of(m.from()), apps, me, "the sender's domain");
        if (byDomain != null) {
            return byDomain;
        }
        Map<String, List<Application>> byName = new LinkedHashMap<>();
        if (m.from().name() != null) {
            byName.put("the sender's name", named(m.from().name(), apps));
        }
        if (!FORWARD.matcher(m.subject()).matches()) {
            // a forward's subject is the forwarded message's: it names the company that wrote that one
            byName.put("the subject", named(REPLY_PREFIX.matcher(m.subject()).replaceFirst(""), apps));
        }
        List<Application> found = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (Map.Entry<String, List<Application>> e : byName.entrySet()) {
            for (Application a : e.getValue()) {
                if (!found.contains(a)) {
                    found.add(a);
                }
            }
            if (!e.getValue().isEmpty()) {
                where.add(e.getKey());
            }
        }
        if (found.size() == 1) {
            return new Match(found.get(0), "the company name \"" + found.get(0).company() + "\" in "
                    + String.join(" and ", where));
        }
        if (found.size() > 1) {
            return ambiguous(found, "company names in " + String.join(" and ", where));
        }
        return new Match(null, "no contact's address, contact's domain (public mail providers never count) or "
                + "company name in the sender's name or the subject matches an application");
    }

    /**
     * The application of a message you sent: a contact among its recipients, else a recipient at a
     * contact's domain. Never by the subject: your own words name companies you write about to anyone.
     */
    public static Match sent(Message m, List<Application> apps, Set<String> me) {
        List<Message.Person> to = new ArrayList<>();
        for (Message.Person p : m.recipients()) {
            if (!me.contains(p.email())) {
                to.add(p);
            }
        }
        Match byAddress = byAddress(to, apps, me);
        if (byAddress != null) {
            return byAddress;
        }
        Match byDomain = byDomain(to, apps, me, "a recipient's domain");
        if (byDomain != null) {
            return byDomain;
        }
        return new Match(null, "sent by you, to no contact of an application and no one at a contact's domain");
    }

    /** Whether the sender alone ties a message to {@code app}: a contact's address or domain, or the company's name. */
    public static boolean bySender(Message.Person from, Application app) {
        for (Contact c : app.contacts()) {
            if (c.email() == null) {
                continue;
            }
            Message.Person contact = new Message.Person(c.name(), c.email());
            if (contact.email().equals(from.email())) {
                return true;
            }
            String d = from.domain();
            if (!d.isEmpty() && !isPublic(d) && (d.equals(contact.domain()) || d.endsWith("." + contact.domain()))) {
                return true;
            }
        }
        return from.name() != null && !named(from.name(), List.of(app)).isEmpty();
    }

    private static Match byAddress(List<Message.Person> people, List<Application> apps, Set<String> me) {
        List<Application> found = new ArrayList<>();
        String which = null;
        for (Application a : apps) {
            for (Contact c : a.contacts()) {
                String email = c.email() == null ? null : c.email().strip().toLowerCase(Locale.ROOT);
                if (email == null || me.contains(email)) {
                    continue;
                }
                for (Message.Person p : people) {
                    if (email.equals(p.email()) && !found.contains(a)) {
                        found.add(a);
                        which = c.name() + "'s address " + email;
                    }
                }
            }
        }
        if (found.size() == 1) {
            return new Match(found.get(0), "contact " + which);
        }
        return found.isEmpty() ? null : ambiguous(found, "contact addresses");
    }

    private static Match byDomain(List<Message.Person> people, List<Application> apps, Set<String> me, String what) {
        List<Application> found = new ArrayList<>();
        String which = null;
        for (Application a : apps) {
            for (Contact c : a.contacts()) {
                String domain = c.email() == null ? "" : new Message.Person(null, c.email()).domain();
                if (domain.isEmpty() || isPublic(domain)) {
                    continue;
                }
                for (Message.Person p : people) {
                    String d = p.domain();
                    if (me.contains(p.email()) || d.isEmpty() || isPublic(d)) {
                        continue;
                    }
                    if ((d.equals(domain) || d.endsWith("." + domain)) && !found.contains(a)) {
                        found.add(a);
                        which = domain;
                    }
                }
            }
        }
        if (found.size() == 1) {
            return new Match(found.get(0), what + " " + which + ", a contact's domain");
        }
        return found.isEmpty() ? null : ambiguous(found, "contact domains");
    }

    private static Match ambiguous(List<Application> found, String how) {
        List<String> ids = new ArrayList<>();
        for (Application a : found) {
            ids.add(a.id());
        }
        return new Match(null, "more than one application matches by " + how + ": " + String.join(", ", ids));
    }

    /** The applications whose company name (or the name without its legal form) is in {@code text}. */
    static List<Application> named(String text, List<Application> apps) {
        String haystack = " " + words(text) + " ";
        List<Application> out = new ArrayList<>();
        for (Application a : apps) {
            for (String name : names(a.company())) {
                if (haystack.contains(" " + name + " ")) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    /** A company's name as words, and without its trailing legal-form words when something is left. */
    static List<String> names(String company) {
        String full = words(company);
        List<String> out = new ArrayList<>();
        if (full.isEmpty()) {
            return out;
        }
        out.add(full);
        List<String> parts = new ArrayList<>(List.of(full.split(" ")));
        while (parts.size() > 1 && LEGAL.contains(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        String core = String.join(" ", parts);
        if (!core.equals(full) && core.length() >= 3) {
            out.add(core);
        }
        return out;
    }

    /** Lower case, accents off, every run of non-letters one space: "Société Générale!" → "societe generale". */
    static String words(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
                .replace("œ", "oe").replace("&", " and ");
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
