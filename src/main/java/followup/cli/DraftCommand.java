package followup.cli;

import followup.DidYouMean;
import followup.UserException;
import followup.draft.Draft;
import followup.draft.DraftException;
import followup.draft.DraftKind;
import followup.draft.Drafter;
import followup.draft.Extras;
import followup.draft.MailExport;
import followup.model.Application;
import followup.schedule.Action;
import followup.schedule.Elsewhere;
import followup.schedule.Outcome;
import followup.schedule.Playbook;
import followup.store.AtomicFiles;
import followup.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "draft",
        header = "Write a message draft: To:, Subject:, a blank line, the body.",
        description = {"Kinds: thanks, note (paper note), linkedin (connection request), check-in, "
                + "follow-up, rejection-reply, other-offer, withdraw, keep-in-touch. ID may be left out "
                + "when exactly one application has that draft's action due. A mail starts with To: and "
                + "Subject:; the paper note is a letter to print and the LinkedIn request a note of at most "
                + "300 characters, with no headers. --link and --about give a follow-up its purpose: the "
                + "article or the news you share.",
            "",
            "Your own templates/<kind>.mustache beside the config file replace the built-in ones "
                + "(--list shows which is used, --export writes the built-ins out to start from)."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup draft thanks acme --to \"Jane Doe\"",
            "  followup draft follow-up acme --link https://example.org/article \\",
            "      --about \"an article on idempotency keys\"",
            "  followup draft check-in acme --eml check-in.eml",
            "  xdg-open \"$(followup draft check-in acme --mailto)\"",
            "  followup draft --export ~/.config/followup/templates"})
final class DraftCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", completionCandidates = KindNames.class,
            description = "The kind of message: ${COMPLETION-CANDIDATES}.")
    private String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "The application's id.")
    private String id;

    @Option(names = "--to", paramLabel = "NAME", description = "Write to this contact (full or first name).")
    private String to;

    @Option(names = "--link", paramLabel = "URL", description = "follow-up: a link worth sharing (an article, news of their field).")
    private String link;

    @Option(names = "--about", paramLabel = "TEXT", description = "follow-up: what you share, in words (\"your talk at KubeCon\").")
    private String about;

    @Option(names = "--eml", paramLabel = "FILE", description = "Write an RFC 5322 message file a mail client opens as a draft.")
    private Path eml;

    @Option(names = "--mailto", description = "Print a mailto: link instead of the text.")
    private boolean mailto;

    @Option(names = "--list", description = "List the kinds and where each template comes from.")
    private boolean list;

    @Option(names = "--export", paramLabel = "DIR", description = "Write the built-in templates into DIR for editing.")
    private Path export;

    static final class KindNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.Arrays.stream(DraftKind.values()).map(DraftKind::id).iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        UserTemplates templates = new UserTemplates(root.configFolder().resolve("templates"));
        Drafter drafter = new Drafter(templates, new followup.draft.BuiltinTemplates());
        if (list) {
            for (DraftKind k : DraftKind.values()) {
                root.out().println(String.format("%-16s %s", k.id(), drafter.origin(k)));
            }
            return Cli.OK;
        }
        if (export != null) {
            return export();
        }
        if (kind == null) {
            throw UserException.usage("KIND is missing; kinds: " + DraftKind.names());
        }
        if (eml != null && mailto) {
            throw UserException.usage("choose one of --eml and --mailto");
        }
        DraftKind k = DraftKind.parse(kind).orElseThrow(() -> UserException.usage(
                DidYouMean.unknown("draft kind", kind, DraftKind.names(), "kinds")));
        if ((eml != null || mailto) && !k.isMail()) {
            throw UserException.usage((eml != null ? "--eml" : "--mailto") + " is for a mail; "
                    + (k == DraftKind.NOTE ? "the paper note is a letter to print" : "a LinkedIn request is sent on LinkedIn"));
        }
        if ((link != null || about != null) && k != DraftKind.FOLLOW_UP) {
            throw UserException.usage((link != null ? "--link" : "--about") + " goes with follow-up (what you share), not "
                    + k.id());
        }
        Store.Loaded loaded = root.store().loadAll();
        LocalDate today = root.today();
        List<Action> actions = new Playbook(root.config()).schedule(loaded.applications(), today, NextActions.HORIZON_DAYS);
        String toName = to;
        Application app;
        if (id == null) {
            Action only = onlyDue(k, actions, today);
            app = only.application();
            toName = toName == null ? only.to() : toName;
        } else {
            app = loaded.find(id).orElseGet(() -> root.store().load(id)); // load names what is wrong
        }
        Problems.warn(root.err(), loaded.warnings(app.id()));
        Draft draft;
        try {
            draft = drafter.render(k, app, toName, root.config(), today,
                    new Extras(other(k, app, actions, loaded.applications(), today), blank(link), blank(about)));
        } catch (DraftException e) {
            throw UserException.data(e.getMessage());
        }
        for (String notice : draft.notices()) {
            root.err().println("followup: " + notice);
        }
        if (draft.unsigned()) {
            root.err().println("followup: the draft is signed '" + Draft.SIGNATURE_TO_FILL_IN + "'; to sign with your name, "
                    + "put me: {name: Your Name} in " + root.configFile());
        }
        if (mailto) {
            root.out().println(MailExport.mailto(draft));
        } else if (eml != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                MailExport.writeEml(draft, root.config().me(), bytes);
            } catch (DraftException e) {
                throw UserException.data(e.getMessage());
            }
            Path target = eml.toAbsolutePath();
            if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
                throw UserException.usage("--eml: the folder of " + eml + " does not exist");
            }
            AtomicFiles.replace(target, bytes.toByteArray());
            root.out().println("wrote " + eml);
        } else {
            root.out().print(draft.text());
        }
        return Cli.OK;
    }

    /** The one application with this kind of draft due today; otherwise say which ones could be meant. */
    private static Action onlyDue(DraftKind k, List<Action> actions, LocalDate today) {
        List<Action> due = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Action a : actions) {
            if (!a.due().isAfter(today) && a.draft().filter(k.id()::equals).isPresent()) {
                due.add(a);
                ids.add(a.application().id());
            }
        }
        if (ids.size() == 1) {
            long forPeople = due.stream().filter(a -> a.to() != null).count();
            Action first = due.get(0);
            return forPeople > 1 ? new Action(first.application(), first.type(), first.due(), null, first.why(),
                    first.outcome()) : first;
        }
        if (ids.isEmpty()) {
            throw UserException.usage("no application has a '" + k.id() + "' draft due today; name one: followup draft "
                    + k.id() + " ID");
        }
        throw UserException.usage("several applications have a '" + k.id() + "' draft due: " + String.join(", ", ids)
                + "; name one: followup draft " + k.id() + " ID");
    }

    /**
     * The offer elsewhere to tell of, or the contract signed elsewhere to withdraw for: the one the
     * playbook's action names (so the draft says what today's why says), else, when no such
     * action is coming, the newest offer still in hand or the signature that ends this one.
     */
    private static Outcome other(DraftKind k, Application app, List<Action> actions, List<Application> all,
                                 LocalDate today) {
        if (k != DraftKind.OTHER_OFFER && k != DraftKind.WITHDRAW) {
            return null;
        }
        for (Action a : actions) {
            if (a.application().id().equals(app.id()) && a.draft().filter(k.id()::equals).isPresent()
                    && a.outcome() != null) {
                return a.outcome();
            }
        }
        Elsewhere elsewhere = Elsewhere.of(all, today);
        if (k == DraftKind.WITHDRAW) {
            return elsewhere.signatureEnding(app);
        }
        List<Outcome> offers = elsewhere.offersBesides(app);
        return offers.isEmpty() ? null : offers.get(offers.size() - 1);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private int export() throws IOException {
        Store.createPrivate(export); // 0700, like every folder followup makes (SPEC §2)
        followup.draft.BuiltinTemplates builtin = new followup.draft.BuiltinTemplates();
        for (DraftKind k : DraftKind.values()) {
            Path file = export.resolve(k.id() + ".mustache");
            if (Files.exists(file)) {
                root.err().println("followup: kept " + file + " (it exists)");
                continue;
            }
            AtomicFiles.createNew(file, builtin.text(k).getBytes(StandardCharsets.UTF_8));
            root.out().println("wrote " + file);
        }
        return Cli.OK;
    }
}
