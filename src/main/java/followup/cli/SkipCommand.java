package followup.cli;

import followup.UserException;
import followup.model.Application;
import followup.model.LogEntry;
import followup.schedule.Action;
import followup.schedule.Playbook;
import followup.store.Store;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "skip",
        header = "Dismiss a due action you will not do (the interviewer is not on LinkedIn).",
        description = {"Logs 'skipped' with the action (and the person, and --until). The action is not listed "
                + "while that entry stands; with --until it comes back, due that day. When the situation "
                + "changes and the action comes due again later (a new wait, a new round), it is listed again."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup skip acme linkedin --to Raj", "  followup skip acme paper-note --note \"no postal address\"",
            "  followup skip globex check-in --until mon"})
final class SkipCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "ID", description = "The application's id.")
    private String id;

    @Parameters(index = "1", paramLabel = "ACTION", completionCandidates = DoneCommand.ActionNames.class,
            description = "The action to dismiss: ${COMPLETION-CANDIDATES}.")
    private String action;

    @Option(names = "--to", paramLabel = "NAME", description = "The person, for a per-person action (a thank-you).")
    private String to;

    @Option(names = "--on", paramLabel = "DATE", description = "When you decided (default: today).")
    private String on;

    @Option(names = "--until", paramLabel = "DATE", description = "Bring it back on DATE, due then.")
    private String until;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, for your own record.")
    private String note;

    @Override
    public Integer call() throws IOException {
        Store store = root.store();
        store.file(id);
        Store.Loaded loaded = store.loadAll();
        Application app = loaded.find(id).orElseGet(() -> store.load(id));
        LocalDate today = root.today();
        var workDays = root.config().workDays();
        LocalDate date = on == null ? today : Dates.past(on, today, today, workDays, "--on");
        if (date.isAfter(today)) {
            throw UserException.usage("--on " + date + " is after today (" + today + ")");
        }
        LocalDate back = until == null ? null : Dates.parse(until, date, today, workDays, "--until");
        if (back != null && !back.isAfter(date)) {
            throw UserException.usage("--until " + back + " is not after the day you skip it (" + date + ")");
        }
        List<Action> due = new ArrayList<>();
        for (Action a : new Playbook(root.config()).schedule(loaded.applications(), date, 0)) {
            if (a.application().id().equals(id) && !a.due().isAfter(date)) {
                due.add(a);
            }
        }
        Action chosen = DoneCommand.choose(app, due, id, action, to);
        LogEntry entry = LogEntry.skipped(date, chosen.type().id(), chosen.to(), back, AddCommand.blankToNull(note));
        store.update(id, current -> new Store.Update(entry, null, null, null));
        root.out().println(id + ": skipped " + chosen.type().id() + (chosen.to() == null ? "" : " (" + chosen.to() + ")")
                + " on " + date + (back == null ? "" : "; it comes back on " + back));
        return Cli.OK;
    }
}
