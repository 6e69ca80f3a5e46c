package followup.cli;

import followup.UserException;
import followup.cli.terminal.Prompter;
import followup.inbox.MailSources;
import followup.inbox.Message;
import followup.inbox.MessageReader;
import followup.inbox.Planner;
import followup.inbox.Proposal;
import followup.model.Application;
import followup.model.EventType;
import followup.model.LogEntry;
import followup.model.Status;
import followup.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run of {@code followup inbox}: reads every message of every PATH, then, in date order,
 * proposes what each means and writes, asks, or only prints it as the mode says. Messages that
 * cannot be read are named and skipped; a write that fails is reported and the others go on.
 */
final class InboxRun {

    /** What happens to a proposal. */
    enum Mode { DRY_RUN, YES, ASK }

    /** What became of one message, as the output names it. */
    enum Result {
        LOGGED("logged"), PROPOSED("proposed"), NOT_LOGGED("not-logged"), DECLINED("declined"),
        UNMATCHED("unmatched"), ALREADY_LOGGED("already-logged"), SKIPPED("skipped"), UNREADABLE("unreadable"),
        FAILED("failed");

        final String id;

        Result(String id) {
            this.id = id;
        }
    }

    /** A message that could not be read: where, and why (never what it says). */
    record Unread(String where, String why) {
    }

    private final RootCommand root;
    private final Mode mode;
    private final boolean json;
    private final ZoneId zone;
    private boolean all;
    private boolean quit;
    private int failures;
    private int bugs;

    InboxRun(RootCommand root, Mode mode, boolean json, ZoneId zone) {
        this.root = root;
        this.mode = mode;
        this.json = json;
        this.zone = zone;
    }

    int run(List<Path> paths) throws IOException {
        List<MailSources.Kind> kinds = new ArrayList<>();
        for (Path p : paths) {
            try {
                kinds.add(MailSources.kind(p));
            } catch (MailSources.NotMail e) {
                throw UserException.data(e.getMessage());
            }
        }
        Store store = root.store();
        Store.Loaded loaded = store.loadAll();
        Planner planner = new Planner(root.config(), root.today(), loaded.applications());
        if (!planner.knowsMe()) {
            root.err().println("followup: warning: me.email is not set in " + root.configFile() + ", so mail you "
                    + "sent cannot be told from mail you received; set it (me: {email: you@example.com})");
        }
        MessageReader reader = new MessageReader(zone, root.config().workDays());
        List<Message> messages = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            MailSources.read(paths.get(i), kinds.get(i), raw -> {
                if (raw.skipped() != null) {
                    unread.add(new Unread(raw.where(), raw.skipped()));
                    return;
                }
                try {
                    messages.add(reader.read(raw.where(), raw.bytes()));
                } catch (MessageReader.Unreadable e) {
                    unread.add(new Unread(raw.where(), e.getMessage()));
                }
            });
        }
        // oldest first, as a person would have logged them: an invitation before its thank-you
        messages.sort(Comparator.comparing((Message m) -> m.date().toInstant()).thenComparing(Message::where));
        InboxOutput output = new InboxOutput(root.out(), json, mode);
        for (Unread u : unread) {
            root.err().println("followup: " + u.where() + ": " + u.why() + "; skipped");
            output.unread(u);
        }
        for (Message m : messages) {
            if (quit) {
                break;
            }
            Proposal p;
            try {
                p = planner.propose(m);
            } catch (RuntimeException e) {
                // a bug, but one message's: the others still go (exit 3 at the end)
                bugs++;
                root.err().println("followup: " + m.where() + ": internal error, skipped" + (root.debug() ? ": " + e : ""));
                continue;
            }
            output.add(p, decide(p, planner, store, output));
        }
        output.finish();
        if (failures > 0) {
            root.err().println("followup: " + failures + (failures == 1 ? " entry" : " entries")
                    + " could not be written; the others were");
        }
        int problems = Problems.report(root.err(), loaded.problems());
        return bugs > 0 ? Cli.BUG : failures > 0 ? Cli.DATA : problems;
    }

    private Result decide(Proposal p, Planner planner, Store store, InboxOutput output) {
        switch (p.kind()) {
            case UNMATCHED:
                return Result.UNMATCHED;
            case ALREADY_LOGGED:
                return Result.ALREADY_LOGGED;
            case SKIPPED:
                return Result.SKIPPED;
            default:
                break;
        }
        if (mode == Mode.DRY_RUN) {
            // what follows is proposed as if this had been written, as --yes would write it: an
            // outcome waits for the person's word, so nothing after it is read in its light (an
            // unconfirmed offer must not make a later mail to another company a told-offer)
            if (!p.isOutcome()) {
                planner.applied(p);
            }
            return Result.PROPOSED;
        }
        if (mode == Mode.YES) {
            return p.isOutcome() ? Result.NOT_LOGGED : write(p, planner, store);
        }
        if (all && !p.isOutcome()) {
            return write(p, planner, store);
        }
        output.show(p, root.err());
        String answer = ask(p);
        switch (answer) {
            case "all":
                all = true;
                return write(p, planner, store);
            case "yes":
                return write(p, planner, store);
            case "quit":
                quit = true;
                return Result.DECLINED;
            default:
                return Result.DECLINED;
        }
    }

    /** yes, no, all or quit; asked again until it is one of them (an empty answer is no). */
    private String ask(Proposal p) {
        Prompter prompter = root.environment().prompter().get();
        String question = p.isOutcome()
                ? "Log this " + p.event().id() + "? [y]es, [n]o, [q]uit" + (all ? " (an outcome is always asked)" : "")
                : "Log it? [y]es, [n]o, [a]ll, [q]uit";
        List<String> words = p.isOutcome() ? List.of("yes", "no", "quit") : List.of("yes", "no", "all", "quit");
        for (int tries = 0; tries < 10; tries++) {
            String a = prompter.ask(question, words).strip().toLowerCase(Locale.ROOT);
            if (a.isEmpty()) {
                return "no";
            }
            for (String w : words) {
                if (w.startsWith(a)) {
                    return w;
                }
            }
            root.err().println("Answer yes, no" + (p.isOutcome() ? "" : ", all") + " or quit.");
        }
        return "no";
    }

    /** Writes a proposal through the store (lock, atomic write, git commit after the run). */
    private Result write(Proposal p, Planner planner, Store store) {
        String id = p.application().id();
        try {
            Application written = null;
            if (p.interview() != null) {
                written = store.update(id, current -> new Store.Update(null, p.interview(),
                        current.status() == Status.OFFER || current.status() == Status.ACCEPTED ? null : Status.INTERVIEWING,
                        null));
            }
            for (LogEntry e : p.entries()) {
                boolean dated = e.event() == EventType.TIMELINE || e.event() == EventType.DELAYED;
                written = store.update(id, current -> new Store.Update(e, null, e.event().setsStatus().orElse(null),
                        dated ? e.decisionBy() : null));
            }
            planner.applied(p);
            if (written != null) {
                planner.written(written);
            }
            return Result.LOGGED;
        } catch (UserException | IOException e) {
            failures++;
            root.err().println("followup: " + id + ": not logged: " + (e instanceof IOException io ? Cli.describe(io)
                    : e.getMessage()));
            return Result.FAILED;
        }
    }

    /** The counts of a run, by result, in a fixed order. */
    static Map<Result, Integer> counts() {
        Map<Result, Integer> m = new LinkedHashMap<>();
        for (Result r : Result.values()) {
            m.put(r, 0);
        }
        return m;
    }
}
