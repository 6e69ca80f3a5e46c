package followup.cli;

import followup.DidYouMean;
import followup.UserException;
import followup.model.Application;
import followup.schedule.Action;
import followup.schedule.ActionType;
import followup.schedule.Playbook;
import followup.store.Store;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "done",
        header = "Say you did an action 'today' listed: logs the event that ends it.",
        description = {"Logs the event that ends the action (SPEC §6): thanks -> thanks, paper-note -> note, "
                + "tell-offer -> told-offer, withdraw -> withdrew, move-on -> closed, ask-timeline -> timeline "
                + "(with --decision-by), ... ACTION may be left out when exactly one action of ID is due; --to "
                + "picks the person of a per-person action (a thank-you per interviewer). 'today' prints the "
                + "exact command for each action."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup done acme thanks --to Jane", "  followup done acme check-in --on yesterday",
            "  followup done acme ask-timeline --decision-by fri", "  followup done acme"})
final class DoneCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "ID", description = "The application's id.")
    private String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ACTION", completionCandidates = ActionNames.class,
            description = "The action done: ${COMPLETION-CANDIDATES}.")
    private String action;

    @Option(names = "--to", paramLabel = "NAME", description = "The person, for a per-person action (a thank-you).")
    private String to;

    @Option(names = "--on", paramLabel = "DATE", description = "When you did it (default: today).")
    private String on;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note to keep with the entry.")
    private String note;

    @Option(names = "--link", paramLabel = "URL", description = "follow-up: the article or news you shared.")
    private String link;

    @Option(names = "--decision-by", paramLabel = "DATE", description = "ask-timeline: the decision date they gave.")
    private String decisionBy;

    /** Action names, for help and shell completion. */
    static final class ActionNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ActionType.values()).map(ActionType::id).iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        Store store = root.store();
        store.file(id); // a bad id is refused before anything else
        Store.Loaded loaded = store.loadAll();
        Application app = loaded.find(id).orElseGet(() -> store.load(id)); // load names an unknown or broken file
        LocalDate today = root.today();
        List<Action> due = new ArrayList<>();
        for (Action a : new Playbook(root.config()).schedule(loaded.applications(), today, 0)) {
            if (a.application().id().equals(id) && !a.due().isAfter(today)) {
                due.add(a);
            }
        }
        Action chosen = choose(app, due, id, action, to);
        if (chosen.type() == ActionType.ANSWER_OFFER) {
            throw UserException.usage("answer-offer ends with your answer: followup log " + id
                    + " accepted, or followup log " + id + " declined");
        }
        if (chosen.type() == ActionType.ASK_TIMELINE && decisionBy == null) {
            throw UserException.usage("ask-timeline is done when you know the date: followup done " + id
                    + " ask-timeline --decision-by DATE");
        }
        String person = chosen.to();
        if (person == null && to != null) {
            throw UserException.usage("--to: " + chosen.type().id() + " is not for one person");
        }
        return LogCommand.of(root, id, chosen.type().logEvent(), on, note, decisionBy, link,
                person == null ? null : person).call();
    }

    /** The due action meant: the one named (and its person), or the only one due ({@code done} and {@code skip}). */
    static Action choose(Application app, List<Action> due, String id, String action, String to) {
        if (action != null) {
            ActionType type = type(action);
            List<Action> ofType = due.stream().filter(a -> a.type() == type).toList();
            if (ofType.isEmpty()) {
                throw UserException.data("no " + type.id() + " is due for " + id + (due.isEmpty() ? "; nothing is"
                        : "; due: " + names(due)) + " ('followup show " + id + "' says what comes and when)");
            }
            return person(app, ofType, to);
        }
        if (due.isEmpty()) {
            throw UserException.data("nothing is due for " + id + " ('followup show " + id + "' says what comes and when)");
        }
        Set<ActionType> types = new LinkedHashSet<>();
        due.forEach(a -> types.add(a.type()));
        if (types.size() > 1) {
            throw UserException.usage("more than one action of " + id + " is due (" + names(due)
                    + "); name one: followup done " + id + " ACTION");
        }
        return person(app, due, to);
    }

    /** Among the due actions of one type, the one for --to (or the only one). */
    private static Action person(Application app, List<Action> ofType, String to) {
        if (to == null) {
            if (ofType.size() > 1) {
                List<String> people = ofType.stream().map(Action::to).toList();
                throw UserException.usage(ofType.get(0).type().id() + " is due for " + String.join(", ", people)
                        + "; say whom with --to NAME");
            }
            return ofType.get(0);
        }
        List<String> people = new ArrayList<>();
        ofType.forEach(a -> people.add(a.to()));
        String name = LogCommand.person(app, to, false, "--to");
        for (Action a : ofType) {
            if (a.to() != null && a.to().equals(name)) {
                return a;
            }
        }
        throw UserException.usage("--to: " + ofType.get(0).type().id() + " is not due for " + name
                + (people.contains(null) ? "" : "; it is for " + String.join(", ", people)));
    }

    private static ActionType type(String typed) {
        return ActionType.parse(typed).orElseThrow(() -> {
            List<String> names = new ArrayList<>();
            for (ActionType t : ActionType.values()) {
                names.add(t.id());
            }
            return UserException.usage(DidYouMean.unknown("action", typed, String.join(", ", names), "actions"));
        });
    }

    private static String names(List<Action> actions) {
        Set<String> names = new LinkedHashSet<>();
        for (Action a : actions) {
            names.add(a.type().id() + (a.to() == null ? "" : " (" + a.to() + ")"));
        }
        return String.join(", ", names);
    }
}
