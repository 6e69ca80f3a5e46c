package followup.cli;

import followup.DidYouMean;
import followup.UserException;
import followup.model.Application;
import followup.model.EventType;
import followup.schedule.ActionType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.People;
import followup.model.Status;
import followup.store.Store;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "log",
        header = "Record what happened: a message you sent, their answer, an outcome.",
        description = {"Events you send: thanks, note, linkedin, check-in, follow-up, told-offer, "
                + "rejection-reply, keep-in-touch. Their side: reply, timeline (--decision-by required), "
                + "delayed (--decision-by optional), feedback (--note), interview (--on may be in the "
                + "future; --at, --kind, --with). Outcomes: rejected, offer (--deadline: the day you must "
                + "answer by), accepted (contract signed), declined, withdrew, closed (you moved on). "
                + "follow-up takes --link, what you shared.",
            "",
            "Dated today unless --on; a date after today is refused except for interview. Entries are "
                + "kept in date order, and the file's comments and layout are kept."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup log acme thanks",
            "  followup log acme thanks --with \"Jane Doe\"",
            "  followup log acme timeline --decision-by fri --note \"after the board\"",
            "  followup log acme interview --on 2026-12-02 --at 10:30 --with \"Sam Lee\"",
            "  followup log acme offer --deadline 2026-12-07",
            "  followup log acme follow-up --link https://example.org/article",
            "  followup log acme rejected --on yesterday"})
final class LogCommand implements Callable<Integer> {

    private static final Set<EventType> DATED = EnumSet.of(EventType.TIMELINE, EventType.DELAYED, EventType.INTERVIEW);

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "ID", description = "The application's id.")
    private String id;

    @Parameters(index = "1", paramLabel = "EVENT", completionCandidates = EventNames.class,
            description = "What happened: ${COMPLETION-CANDIDATES}.")
    private String event;

    @Option(names = "--on", paramLabel = "DATE", description = "When it happened (default: today).")
    private String on;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note to keep with the entry.")
    private String note;

    @Option(names = "--decision-by", paramLabel = "DATE",
            description = "The decision date they gave (timeline, delayed); relative forms count from --on.")
    private String decisionBy;

    @Option(names = "--deadline", paramLabel = "DATE",
            description = "offer: the day you must answer by; relative forms count from --on.")
    private String deadline;

    @Option(names = "--link", paramLabel = "URL", description = "follow-up: the article or news you shared.")
    private String link;

    @Option(names = "--at", paramLabel = "HH:MM", description = "The interview's time (interview).")
    private String at;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "interview: phone, video, onsite, ... (a phone, video, call, remote or screen round is not in person).")
    private String kind;

    @Option(names = "--with", paramLabel = "NAME",
            description = "interview: who interviews you (repeatable); thanks: whom you thanked.")
    private List<String> with = new ArrayList<>();

    /** Event names, for help and shell completion. */
    static final class EventNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.Arrays.stream(EventType.values()).map(EventType::id).iterator();
        }
    }

    /** A log of {@code event} for {@code id}, as {@code done} writes it: the other options as given to done. */
    static LogCommand of(RootCommand root, String id, String event, String on, String note, String decisionBy,
            String link, String with) {
        LogCommand log = new LogCommand();
        log.root = root;
        log.id = id;
        log.event = event;
        log.on = on;
        log.note = note;
        log.decisionBy = decisionBy;
        log.link = link;
        if (with != null) {
            log.with.add(with);
        }
        return log;
    }

    @Override
    public Integer call() throws IOException {
        EventType type = eventType(event);
        Store store = root.store();
        store.file(id); // refuse a bad id before anything else
        LocalDate today = root.today();
        var workDays = root.config().workDays();
        // an event that happened names a day gone by: "--on fri" is the Friday just gone (SPEC §4)
        LocalDate date = on == null ? today : type == EventType.INTERVIEW ? Dates.parse(on, today, today, workDays, "--on")
                : Dates.past(on, today, today, workDays, "--on");
        if (date.isAfter(today) && type != EventType.INTERVIEW) {
            throw UserException.usage("--on " + date + " is after today (" + today
                    + "); only an interview can be logged ahead");
        }
        LocalDate decision = decisionBy == null ? null : Dates.parse(decisionBy, date, today, workDays, "--decision-by");
        LocalDate answerBy = deadline == null ? null : Dates.parse(deadline, date, today, workDays, "--deadline");
        checkOptions(type, decision, answerBy, date);
        Application written = store.update(id, current -> update(current, type, date, decision, answerBy));
        root.out().println(written.id() + ": logged " + type.id() + " on " + date
                + (type.setsStatus().isPresent() ? " (status: " + written.status().id() + ")" : "")
                + (decision != null ? " (decision by " + decision + ")" : "")
                + (answerBy != null ? " (answer by " + answerBy + ")" : ""));
        return Cli.OK;
    }

    /**
     * The event typed, or the event that ends the action of that name (SPEC §5: {@code paper-note}
     * is {@code note}, {@code tell-offer} is {@code told-offer}, {@code withdraw} is {@code withdrew},
     * {@code move-on} is {@code closed}); otherwise a usage error with "did you mean".
     */
    static EventType eventType(String typed) {
        java.util.Optional<EventType> direct = EventType.parse(typed);
        if (direct.isPresent()) {
            return direct.get();
        }
        java.util.Optional<ActionType> action = ActionType.parse(typed);
        if (action.isPresent()) {
            if (action.get() == ActionType.ANSWER_OFFER) {
                throw UserException.usage("answer-offer ends with your answer: log accepted or declined");
            }
            return EventType.parse(action.get().logEvent()).orElseThrow();
        }
        List<String> known = new ArrayList<>(List.of(EventType.names().split(", ")));
        for (ActionType a : ActionType.values()) {
            if (!known.contains(a.id()) && a != ActionType.ANSWER_OFFER) {
                known.add(a.id());
            }
        }
        String hint = DidYouMean.hint(typed, known);
        throw UserException.usage("unknown event '" + typed + "'" + (hint.isEmpty() ? "; events: " + EventType.names()
                : hint + " (events: " + EventType.names() + ")"));
    }

    private void checkOptions(EventType type, LocalDate decision, LocalDate answerBy, LocalDate date) {
        if (type == EventType.SKIPPED) {
            throw UserException.usage("skipped is written by 'followup skip ID ACTION', which names the action");
        }
        if (type == EventType.TIMELINE && decision == null) {
            throw UserException.usage("timeline needs --decision-by DATE (when they said you would hear)");
        }
        if (decision != null && !DATED.contains(type)) {
            throw UserException.usage("--decision-by goes with timeline, delayed or interview, not " + type.id());
        }
        if (type == EventType.FEEDBACK && (note == null || note.isBlank())) {
            throw UserException.usage("feedback needs --note TEXT (what they said)");
        }
        if (at != null && type != EventType.INTERVIEW) {
            throw UserException.usage("--at goes with interview, not " + type.id());
        }
        if (kind != null && type != EventType.INTERVIEW) {
            throw UserException.usage("--kind goes with interview, not " + type.id());
        }
        if (answerBy != null && type != EventType.OFFER) {
            throw UserException.usage("--deadline goes with offer (the day you must answer by), not " + type.id());
        }
        if (answerBy != null && answerBy.isBefore(date)) {
            throw UserException.usage("--deadline " + answerBy + " is before the offer (" + date + ")");
        }
        if (link != null && type != EventType.FOLLOW_UP) {
            throw UserException.usage("--link goes with follow-up (what you shared), not " + type.id());
        }
        if (link != null && link.isBlank()) {
            throw UserException.usage("--link is empty");
        }
        if (!with.isEmpty() && type != EventType.INTERVIEW && type != EventType.THANKS) {
            throw UserException.usage("--with goes with interview or thanks, not " + type.id());
        }
        if (type == EventType.THANKS && with.size() > 1) {
            throw UserException.usage("thanks takes one --with NAME; log each thank-you on its own");
        }
        if (type == EventType.INTERVIEW && note != null) {
            throw UserException.usage("--note does not go with interview; keep notes in the file's 'notes'");
        }
    }

    private Store.Update update(Application current, EventType type, LocalDate date, LocalDate decision,
                                LocalDate answerBy) {
        if (type == EventType.INTERVIEW) {
            Interview interview = new Interview(date, AddCommand.time(at), names(current), AddCommand.blankToNull(kind));
            Status status = current.status() == Status.OFFER || current.status() == Status.ACCEPTED
                    ? null : Status.INTERVIEWING;
            return new Store.Update(null, interview, status, decision);
        }
        String whom = with.isEmpty() ? null : person(current, with.get(0), false, "--with");
        LogEntry entry = new LogEntry(date, type, AddCommand.blankToNull(note), decision, whom, answerBy,
                AddCommand.blankToNull(link));
        LocalDate setDecision = type == EventType.TIMELINE || type == EventType.DELAYED ? decision : null;
        return new Store.Update(entry, null, type.setsStatus().orElse(null), setDecision);
    }

    private List<String> names(Application current) {
        return with.stream().map(n -> person(current, n, true, "--with")).toList();
    }

    /**
     * A person as the file spells them, from a name as typed (SPEC §5: the whole name, or a first
     * name or other unambiguous part of one, ignoring case and accents). A name that matches nobody
     * is refused, listing who would have matched, unless {@code mayBeNew} (an interview may name
     * someone new); one that matches several people is refused, naming them.
     */
    static String person(Application app, String typed, boolean mayBeNew, String option) {
        List<String> known = People.names(app);
        List<String> found = People.matches(known, typed);
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw UserException.usage(option + ": '" + typed.strip() + "' could be " + String.join(" or ", found)
                    + "; write more of the name");
        }
        if (mayBeNew && !typed.isBlank()) {
            return typed.strip().replaceAll("\\s+", " ");
        }
        throw UserException.usage(option + ": no one named '" + typed.strip() + "' at " + app.company()
                + (known.isEmpty() ? " (the file names no contacts or interviewers yet)" : "; known: " + String.join(", ", known)));
    }

}
