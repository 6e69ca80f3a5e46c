package followup.schedule;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import followup.text.DateText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The playbook of SPEC §6: turns applications into the actions due, as of a given day.
 *
 * <p>A pure function of its inputs (applications, config, as-of date): it reads no clock, file or
 * environment, so every rule can be tested as a table of fixed dates. The seed articles each rule
 * comes from are cited beside it.
 */
public final class Playbook {

    private final Config config;
    private final Config.Playbook numbers;

    /** A playbook with the user's work days and numbers. */
    public Playbook(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.numbers = config.playbook();
    }

    /**
     * Every action due on or before {@code today + days}, sorted by due date, then application id,
     * then {@link ActionType} order, then the person it goes to.
     *
     * @param applications all applications; rules such as {@code tell-offer} and {@code withdraw}
     *                     look across them, so pass them all, in any order
     * @param today        the as-of date T: log entries and interviews after it are ignored, except
     *                     that a scheduled interview is known
     * @param days         how far ahead to look (0: only what is due today or overdue)
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public List<Action> schedule(List<Application> applications, LocalDate today, int days) {
        Objects.requireNonNull(today, "today");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        List<History> all = new ArrayList<>(applications.size());
        for (Application a : applications) {
            all.add(new History(a, today));
        }
        Elsewhere elsewhere = Elsewhere.of(all);
        LocalDate horizon = today.plusDays(days);
        // a day past 9999 is one no file can hold and no command can be given: nothing is due then
        if (horizon.isAfter(Application.LAST_DAY)) {
            horizon = Application.LAST_DAY;
        }
        List<Action> due = new ArrayList<>();
        for (History h : all) {
            for (Action a : actions(h, elsewhere)) {
                Action shown = Skips.shown(h, a); // hidden, or put off to its until day, by a skip
                if (shown != null && !shown.due().isAfter(horizon)) {
                    due.add(shown);
                }
            }
        }
        due.sort(ActionOrder.INSTANCE);
        return List.copyOf(due);
    }

    /** {@code d} if it is a work day (config {@code work-days}), else the next work day. */
    public LocalDate roll(LocalDate d) {
        LocalDate day = d;
        // Config never holds an empty set of work days, so this ends within a week.
        while (!config.workDays().contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    private List<Action> actions(History h, Elsewhere elsewhere) {
        List<Action> out = new ArrayList<>();
        if (!h.status.isOpen()) {
            // accepted, declined, withdrawn, rejected, closed: only closing the loop remains
            rejectionReply(h, out);
            keepInTouch(h, elsewhere, out);
            return out;
        }
        Optional<Action> withdraw = withdraw(h, elsewhere);
        if (withdraw.isPresent()) {
            return List.of(withdraw.get());
        }
        askTimeline(h, out);
        thanks(h, out);
        paperNote(h, out);
        linkedin(h, out);
        if (h.waiting() && h.last != null) {
            nudge(h, out);
        }
        tellOffer(h, elsewhere, out);
        answerOffer(h, out);
        return out;
    }

    // ask-timeline (002, 003, 004): at every interview, ask when you will hear; it is the basis
    // for checking in. Only for an interview today or ahead, and only while no date on or after
    // that interview is known.
    private void askTimeline(History h, List<Action> out) {
        Map<LocalDate, Interview> rounds = new LinkedHashMap<>();
        for (Interview i : h.app.interviews()) {
            if (!i.date().isBefore(h.today)) {
                rounds.putIfAbsent(i.date(), i);
            }
        }
        for (Interview i : rounds.values()) {
            if (h.decisionBy != null && !h.decisionBy.isBefore(i.date())) {
                continue;
            }
            String at = i.time() == null ? "the interview" : "your " + DateText.time(i.time()) + " interview";
            out.add(new Action(h.app, ActionType.ASK_TIMELINE, i.date(), null,
                    "Before you leave " + at + ", ask when you will hear from them."));
        }
    }

    // thanks (all five seeds): the same day, within an hour when the time is known (004); one
    // per interviewer named (001: "with the hiring manager"; 000: it reaches the decision makers).
    // A date they give the next day does not cancel it (003: the thank-you confirms the timeline
    // they gave); any other answer does. A thank-you weeks late reads oddly: it expires.
    private void thanks(History h, List<Action> out) {
        if (h.last == null || h.answeredAfter(h.last) || h.today.isAfter(h.last.plusDays(numbers.thanksExpireAfter()))) {
            return;
        }
        Map<String, String> people = new LinkedHashMap<>(); // lower-case name -> name as written
        Map<String, LocalTime> times = new LinkedHashMap<>();
        LocalTime anyTime = null;
        for (Interview i : h.lastRound()) {
            anyTime = anyTime == null ? i.time() : anyTime;
            for (String name : i.with()) {
                String key = name.strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && people.putIfAbsent(key, name.strip()) == null) {
                    times.put(key, i.time());
                }
            }
        }
        if (people.isEmpty()) {
            if (!h.loggedSince(EventType.THANKS, h.last)) {
                out.add(new Action(h.app, ActionType.THANKS, h.last, null, thanksWhy(anyTime) + noEmail(h.addressee())));
            }
            return;
        }
        for (Map.Entry<String, String> person : people.entrySet()) {
            boolean thanked = false;
            for (LogEntry e : h.log) {
                thanked |= e.event() == EventType.THANKS && !e.date().isBefore(h.last)
                        && (e.with() == null || e.with().isBlank()
                            || e.with().strip().toLowerCase(Locale.ROOT).equals(person.getKey()));
            }
            if (!thanked) {
                Contact c = h.app.contact(person.getValue()).orElse(null);
                out.add(new Action(h.app, ActionType.THANKS, h.last, person.getValue(),
                        thanksWhy(times.get(person.getKey())) + noEmail(c)));
            }
        }
    }

    private static String thanksWhy(LocalTime time) {
        return time == null ? "Send it the same day as the interview."
                : "Send it the same day, within an hour of your " + DateText.time(time) + " interview.";
    }

    // paper-note (004): "by mail, within a day after the interview" — once per application, for
    // its first round in person (a note after a phone screen, and one per round, is the "stalking
    // zone" of 000). Past P + 3 days it would arrive too late to count, so it drops; an answer
    // after P makes it moot.
    private void paperNote(History h, List<Action> out) {
        Interview p = numbers.paperNote() ? h.firstInPerson() : null;
        if (p == null || h.today.isAfter(p.date().plusDays(3)) || h.loggedSince(EventType.NOTE, p.date())
                || h.answeredAfter(p.date())) {
            return;
        }
        String round = p.kind() == null || p.kind().isBlank() ? "interview" : p.kind().strip();
        out.add(new Action(h.app, ActionType.PAPER_NOTE, roll(p.date().plusDays(1)), null,
                "Mail a paper note within a day of your " + round + " on " + DateText.day(p.date(), h.today)
                        + "; many employers read it as real interest."));
    }

    // linkedin (000, 004): connect once, after the first interview; it keeps a professional link
    // whatever the outcome.
    private void linkedin(History h, List<Action> out) {
        if (!numbers.linkedin() || h.held.isEmpty() || h.latest(EventType.LINKEDIN) != null) {
            return;
        }
        LocalDate first = h.held.get(0).date();
        out.add(new Action(h.app, ActionType.LINKEDIN, roll(first.plusDays(1)), null,
                "Connect on LinkedIn after your interview on " + DateText.day(first, h.today)
                        + " to stay in professional touch."));
    }

    // check-in (001, 002, 004), follow-up (002, 004) and move-on (002): the waiting game.
    // Every reply restarts it (W moves), so a nudge always has a fresh, unanswered clock, and no
    // check-in or follow-up comes sooner than follow-up-every after an unanswered one (000).
    private void nudge(History h, List<Action> out) {
        List<LogEntry> nudges = new ArrayList<>();
        for (int i = 0; i < h.log.size(); i++) {
            EventType e = h.log.get(i).event();
            if ((e == EventType.CHECK_IN || e == EventType.FOLLOW_UP) && h.afterWait(i)) {
                nudges.add(h.log.get(i));
            }
        }
        if (nudges.isEmpty()) {
            out.add(checkIn(h));
            return;
        }
        LogEntry first = nudges.get(0);
        LogEntry latest = nudges.get(nudges.size() - 1);
        LocalDate moveOn = roll(first.date().plusDays(numbers.moveOnAfter()));
        LocalDate followUp = roll(latest.date().plusDays(numbers.followUpEvery()));
        // once move-on is due it replaces follow-up (002: a thank-you, a follow-up, then
        // several weeks of silence mean they have moved on)
        if (followUp.isBefore(moveOn) && h.today.isBefore(moveOn)) {
            out.add(new Action(h.app, ActionType.FOLLOW_UP, followUp, null,
                    "No answer to your " + latest.event().id() + " of " + DateText.day(latest.date(), h.today) + "; after "
                            + numbers.followUpEvery() + " days, follow up with something of value, like an article."));
        }
        out.add(new Action(h.app, ActionType.MOVE_ON, moveOn, null,
                "Weeks of silence since your " + first.event().id() + " of " + DateText.day(first.date(), h.today)
                        + "; assume they have moved on, and close it."));
    }

    private Action checkIn(History h) {
        LocalDate d = h.decisionBy;
        LocalDate due;
        String why;
        History.Basis basis = h.basis();
        if (basis == History.Basis.DECISION_DATE) {
            // 001: "a day or two after" the date they gave; 002: Monday -> Wednesday
            due = roll(d.plusDays(numbers.checkInAfterDecision()));
            why = "They said you would hear by " + DateText.day(d, h.today) + (d.isBefore(h.today) ? "; no word since" : "");
        } else {
            // 001: with no date (or a delay with no new one) "a week or two after"; a reply on or
            // after the date they gave, without a decision, is their last word, not silence
            int n = numbers.checkInAfterInterview();
            due = roll(h.waitStart.plusDays(n));
            if (basis == History.Basis.DELAY) {
                why = "They delayed the decision on " + DateText.day(h.waitStart, h.today)
                        + " with no new date, so check in " + n + " days later";
            } else if (basis == History.Basis.REPLY) {
                why = "Their last word was on " + DateText.day(h.waitStart, h.today) + ", so check in " + n + " days later";
            } else {
                why = "No decision date was given, so check in " + n + " days after your interview on "
                        + DateText.day(h.waitStart, h.today);
            }
        }
        // 001 ("you can also make a personal call"), 004 ("be on the phone")
        Contact call = target(h);
        if (call != null && call.hasPhone()) {
            why += call.hasEmail() ? ": email, or call " + call.name() + "."
                    : ": call " + call.name() + " (" + call.phone().strip() + "); no email address is known.";
        } else {
            why += ".";
        }
        return new Action(h.app, ActionType.CHECK_IN, due, null, why);
    }

    /** Who a message goes to when it has no person of its own: a known contact, else null. */
    private static Contact target(History h) {
        Contact c = h.addressee();
        return c == null ? null : h.app.contact(c.name()).orElse(null);
    }

    /** For a contact reachable only by phone: " No email address is known: call NAME (PHONE)." */
    private static String noEmail(Contact c) {
        return c != null && !c.hasEmail() && c.hasPhone()
                ? " No email address is known: call " + c.name() + " (" + c.phone().strip() + ")." : "";
    }

    // rejection-reply (000, 002, 003): thank them the next work day, ask for feedback and keep
    // the door open.
    private void rejectionReply(History h, List<Action> out) {
        LogEntry rejected = h.latest(EventType.REJECTED);
        if (h.status != Status.REJECTED || rejected == null
                || h.loggedSince(EventType.REJECTION_REPLY, rejected.date())) {
            return;
        }
        out.add(new Action(h.app, ActionType.REJECTION_REPLY, roll(rejected.date().plusDays(1)), null,
                "They said no on " + DateText.day(rejected.date(), h.today)
                        + "; thank them, ask for feedback and keep the door open." + noEmail(target(h))));
    }

    // keep-in-touch (000, 002, 004): after a close you answered, check in now and then about new
    // openings, at most keep-in-touch-max times without hearing back — and not once you have
    // signed elsewhere since it closed: you are no longer looking.
    private void keepInTouch(History h, Elsewhere elsewhere, List<Action> out) {
        if (h.status != Status.REJECTED && h.status != Status.CLOSED || numbers.keepInTouchMax() <= 0) {
            return;
        }
        LocalDate lastContact = h.last;
        boolean touchedSince = false;
        int sinceReply = 0;
        for (int i = 0; i < h.log.size(); i++) {
            LogEntry e = h.log.get(i);
            if (e.event().isTouch() && (h.last == null || !e.date().isBefore(h.last))) {
                touchedSince = true;
            }
            if (e.event() == EventType.KEEP_IN_TOUCH && h.afterWait(i)) {
                sinceReply++;
            }
            if ((e.event().isTouch() || e.event().isReply())
                    && (lastContact == null || e.date().isAfter(lastContact))) {
                lastContact = e.date();
            }
        }
        if (!touchedSince || sinceReply >= numbers.keepInTouchMax()) {
            return;
        }
        // an outcome with no entry has no day: then the last contact stands for it
        LocalDate closed = h.closedOn() != null ? h.closedOn() : lastContact;
        if (elsewhere.signedSince(h.app, closed) != null) {
            return;
        }
        out.add(new Action(h.app, ActionType.KEEP_IN_TOUCH, roll(lastContact.plusDays(numbers.keepInTouchEvery())),
                null, "Keep the door open: ask about new openings, " + numbers.keepInTouchEvery()
                        + " days after your last contact on " + DateText.day(lastContact, h.today) + "."
                        + noEmail(target(h))));
    }

    // tell-offer (000, 003): another offer in hand -> tell the others at once, honestly, and by
    // when you must answer, so they can react in time; they may want to counter. "Immediately"
    // (003): an application with its next round already scheduled is told too.
    private void tellOffer(History h, Elsewhere elsewhere, List<Action> out) {
        if (h.held.isEmpty()) {
            return;
        }
        for (Outcome offer : elsewhere.offersBesides(h.app)) {
            if (h.loggedSince(EventType.TOLD_OFFER, offer.date())) {
                continue;
            }
            String until = offer.deadline() == null ? "" : ", to answer by " + DateText.day(offer.deadline(), h.today);
            String react = offer.deadline() == null ? "" : ", so they can react in time";
            out.add(new Action(h.app, ActionType.TELL_OFFER, offer.date(), null,
                    "You have an offer from " + offer.company() + " since " + DateText.day(offer.date(), h.today) + until
                            + "; tell them now, honestly" + react + "." + noEmail(target(h)), offer));
        }
    }

    // answer-offer (003): an offer with a day to answer by is answered the last work day before
    // it, which leaves the others told of it time to react.
    private void answerOffer(History h, List<Action> out) {
        LogEntry offer = h.status == Status.OFFER ? h.latest(EventType.OFFER) : null;
        if (offer == null || offer.deadline() == null) {
            return;
        }
        LocalDate due = offer.deadline().minusDays(1);
        for (int i = 0; i < 7 && !config.workDays().contains(due.getDayOfWeek()); i++) {
            due = due.minusDays(1);
        }
        out.add(new Action(h.app, ActionType.ANSWER_OFFER, due, null,
                "You must answer their offer by " + DateText.day(offer.deadline(), h.today) + "; accept or decline it by "
                        + DateText.day(due, h.today) + ", the last work day before.",
                new Outcome(h.app, offer.date(), offer.deadline())));
    }

    // withdraw (003: "not done until the ink is dry"): once a contract is signed elsewhere, the
    // only thing left for any other open application is to withdraw, the next work day.
    private Optional<Action> withdraw(History h, Elsewhere elsewhere) {
        Outcome signed = elsewhere.signatureEnding(h.app);
        if (signed == null) {
            return Optional.empty();
        }
        return Optional.of(new Action(h.app, ActionType.WITHDRAW, roll(signed.date().plusDays(1)), null,
                "You signed with " + signed.company() + " on " + DateText.day(signed.date(), h.today)
                        + "; withdraw politely so they can move on." + noEmail(target(h)), signed));
    }
}
