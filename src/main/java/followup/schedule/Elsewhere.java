package followup.schedule;

import followup.model.Application;
import followup.model.EventType;
import followup.model.LogEntry;
import followup.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is happening in the other applications on T: the offers in hand and the contracts signed.
 * The rules that look across applications ({@code tell-offer}, {@code withdraw},
 * {@code keep-in-touch}) read it, and so does a draft written with no action due, so that both
 * count the same offers: only applications still at {@code offer} (an offer you declined is no
 * news), and only outcomes logged on or before T. Found once per run, so that those rules stay
 * linear in the number of applications (10,000 files must stay fast).
 */
public final class Elsewhere {

    /** Earliest first, ties by id, so that the input order never matters. */
    private static final Comparator<Outcome> ORDER = new Comparator<Outcome>() {
        @Override
        public int compare(Outcome a, Outcome b) {
            int c = a.date().compareTo(b.date());
            return c != 0 ? c : String.valueOf(a.application().id()).compareTo(String.valueOf(b.application().id()));
        }
    };

    private final List<Outcome> offers;
    private final List<Outcome> signatures;

    private Elsewhere(List<Outcome> offers, List<Outcome> signatures) {
        this.offers = offers;
        this.signatures = signatures;
    }

    /** The outcomes among {@code all} as they stood on {@code today}. */
    public static Elsewhere of(List<Application> all, LocalDate today) {
        List<History> histories = new ArrayList<>(all.size());
        for (Application a : all) {
            histories.add(new History(a, today));
        }
        return of(histories);
    }

    static Elsewhere of(List<History> all) {
        return new Elsewhere(outcomes(all, Status.OFFER, EventType.OFFER), outcomes(all, Status.ACCEPTED, EventType.ACCEPTED));
    }

    // An outcome with no log entry has no date to go by and is left out.
    private static List<Outcome> outcomes(List<History> all, Status status, EventType event) {
        List<Outcome> found = new ArrayList<>();
        for (History h : all) {
            LogEntry e = h.status == status ? h.latest(event) : null;
            if (e != null) {
                found.add(new Outcome(h.app, e.date(), e.deadline()));
            }
        }
        found.sort(ORDER);
        return found;
    }

    /** The offers in hand in other applications than {@code app}, earliest first. */
    public List<Outcome> offersBesides(Application app) {
        List<Outcome> found = new ArrayList<>();
        for (Outcome o : offers) {
            if (!same(o.application(), app)) {
                found.add(o);
            }
        }
        return found;
    }

    /**
     * The contract signed elsewhere that ends {@code app}: the earliest signature made while it
     * was in play. A contract signed in an earlier search says nothing about an application begun
     * after it; null when there is none.
     */
    public Outcome signatureEnding(Application app) {
        LocalDate begun = begun(app);
        for (Outcome signed : signatures) {
            if (!same(signed.application(), app) && (begun == null || !signed.date().isBefore(begun))) {
                return signed;
            }
        }
        return null;
    }

    /** A contract signed in another application on or after {@code day}, or null. */
    public Outcome signedSince(Application app, LocalDate day) {
        for (Outcome signed : signatures) {
            if (!same(signed.application(), app) && !signed.date().isBefore(day)) {
                return signed;
            }
        }
        return null;
    }

    private static boolean same(Application a, Application b) {
        return a == b || a.id() != null && a.id().equals(b.id());
    }

    /** The first day anything happened in an application (applied, interviewed, logged); null if none is known. */
    private static LocalDate begun(Application a) {
        LocalDate first = a.applied();
        if (!a.interviews().isEmpty() && (first == null || a.interviews().get(0).date().isBefore(first))) {
            first = a.interviews().get(0).date();
        }
        if (!a.log().isEmpty() && (first == null || a.log().get(0).date().isBefore(first))) {
            first = a.log().get(0).date();
        }
        return first;
    }
}
