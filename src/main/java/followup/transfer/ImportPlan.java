package followup.transfer;

import followup.model.Application;
import followup.store.ApplicationTrees;
import followup.store.Ids;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an import does with each record, decided before anything is written (so {@code --dry-run}
 * says exactly what a real run does): create it, under which id; leave it, because it is already
 * there; or refuse it, and why.
 *
 * <p>A record is already there when an application with the same company and role (ignoring
 * case and spaces) or the same posting URL is in the home, or was created by an earlier record of
 * the same import; so the same import run twice creates nothing the second time. Records of
 * followup's own JSON export keep their ids where free, and two of them for the same company and
 * role stay two applications, each matching at most one in the home.
 */
public final class ImportPlan {

    public enum Outcome { CREATED, ALREADY_THERE, REFUSED }

    /**
     * @param id the id created, or of the application it is already there as; null when refused
     * @param text the new file's text when created
     * @param why why it was refused
     */
    public record Decision(Incoming row, Outcome outcome, String id, String text, String why) {
    }

    private ImportPlan() {
    }

    /**
     * @param existing the applications in the home
     * @param taken every id in use in the home (unreadable files' too)
     */
    public static List<Decision> decide(List<Application> existing, Set<String> taken, List<Incoming> rows) {
        Set<String> ids = new HashSet<>(taken);
        Set<String> claimed = new HashSet<>();
        Map<String, Planned> planned = new HashMap<>();
        List<Decision> out = new ArrayList<>();
        for (Incoming row : rows) {
            if (row instanceof Incoming.Refused r) {
                out.add(new Decision(row, Outcome.REFUSED, null, null, r.why()));
                continue;
            }
            Incoming.Candidate c = (Incoming.Candidate) row;
            String text;
            try {
                text = ApplicationTrees.render(c.id(), c.fields());
            } catch (ApplicationTrees.Refused e) {
                out.add(new Decision(row, Outcome.REFUSED, null, null, e.getMessage()));
                continue;
            }
            String there = c.ownExport() ? claim(c, existing, claimed) : match(c, existing);
            if (there == null) {
                there = earlier(c, planned);
            }
            if (there != null) {
                out.add(new Decision(row, Outcome.ALREADY_THERE, there, null, null));
                continue;
            }
            String id = null;
            for (int n = 1; id == null || ids.contains(id); n++) {
                id = Ids.numbered(c.id(), n);
            }
            ids.add(id);
            Planned p = new Planned(id, c.file());
            planned.putIfAbsent(person(c.company(), c.role()), p);
            if (url(c.url()) != null) {
                planned.putIfAbsent(url(c.url()), p);
            }
            out.add(new Decision(row, Outcome.CREATED, id, text, null));
        }
        return out;
    }

    private record Planned(String id, String file) {
    }

    /** The first application in the home that is this one. */
    private static String match(Incoming.Candidate c, List<Application> existing) {
        for (Application a : existing) {
            if (same(c, a)) {
                return a.id();
            }
        }
        return null;
    }

    /** As {@link #match}, each application taken once: the one with the same id first. */
    private static String claim(Incoming.Candidate c, List<Application> existing, Set<String> claimed) {
        for (Application a : existing) {
            if (a.id().equals(c.id()) && same(c, a) && claimed.add(a.id())) {
                return a.id();
            }
        }
        for (Application a : existing) {
            if (same(c, a) && claimed.add(a.id())) {
                return a.id();
            }
        }
        return null;
    }

    /** An application this import creates from an earlier record (of another file, for followup's own export). */
    private static String earlier(Incoming.Candidate c, Map<String, Planned> planned) {
        for (String key : new String[] {person(c.company(), c.role()), url(c.url())}) {
            Planned p = key == null ? null : planned.get(key);
            if (p != null && !(c.ownExport() && p.file().equals(c.file()))) {
                return p.id();
            }
        }
        return null;
    }

    private static boolean same(Incoming.Candidate c, Application a) {
        if (a.company() != null && person(c.company(), c.role()).equals(person(a.company(), a.role()))) {
            return true;
        }
        String u = url(c.url());
        return u != null && u.equals(url(a.url()));
    }

    /** Company and role as compared: case, accents' composition and runs of spaces do not matter. */
    static String person(String company, String role) {
        return "who:" + normal(company) + "\u0000" + normal(role);
    }

    /** A posting's address as compared: no scheme, "www.", fragment or trailing slash, any case. */
    static String url(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.isEmpty() ? null : "url:" + u;
    }

    private static String normal(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
