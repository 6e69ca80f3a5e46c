package followup.cli;

import followup.DidYouMean;
import followup.UserException;
import followup.draft.Draft;
import followup.draft.DraftException;
import followup.draft.DraftKind;
import followup.draft.Drafter;
import followup.draft.MailExport;
import followup.model.Application;
import followup.model.EventType;
import followup.model.LogEntry;
import followup.schedule.Action;
import followup.schedule.Playbook;
import followup.store.AtomicFiles;
import followup.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
                + "when exactly one application has that draft's action due.",
            "",
            "Your own templates/<kind>.mustache beside the config file replace the built-in ones "
                + "(--list shows which is used, --export writes the built-ins out to start from)."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup draft thanks acme --to \"Jane Doe\"",
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
        Store.Loaded loaded = root.store().loadAll();
        String toName = to;
        Application app;
        if (id == null) {
            Action only = onlyDue(k, loaded.applications());
            app = only.application();
            toName = toName == null ? only.to() : toName;
        } else {
            app = loaded.find(id).orElseGet(() -> root.store().load(id)); // load names what is wrong
        }
        Draft draft;
        try {
            draft = drafter.render(k, app, toName, root.config(), root.today(), extras(k, app, loaded.applications(), root.today()));
        } catch (DraftException e) {
            throw UserException.data(e.getMessage());
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
    private Action onlyDue(DraftKind k, List<Application> all) {
        List<Action> due = new Playbook(root.config()).schedule(all, root.today(), 0).stream()
                .filter(a -> a.draft().filter(k.id()::equals).isPresent()).toList();
        Set<String> ids = new LinkedHashSet<>();
        due.forEach(a -> ids.add(a.application().id()));
        if (ids.size() == 1) {
            List<Action> forPeople = due.stream().filter(a -> a.to() != null).toList();
            return forPeople.size() > 1 ? new Action(due.get(0).application(), due.get(0).type(), due.get(0).due(), null,
                    due.get(0).why()) : due.get(0);
        }
        if (ids.isEmpty()) {
            throw UserException.usage("no application has a '" + k.id() + "' draft due today; name one: followup draft "
                    + k.id() + " ID");
        }
        throw UserException.usage("several applications have a '" + k.id() + "' draft due: " + String.join(", ", ids)
                + "; name one: followup draft " + k.id() + " ID");
    }

    /**
     * The other company, for telling about an offer or withdrawing after signing: the one whose
     * latest offer (or signed contract) logged on or before today is the newest.
     */
    private static Map<String, String> extras(DraftKind k, Application app, List<Application> all, LocalDate today) {
        EventType event = k == DraftKind.OTHER_OFFER ? EventType.OFFER : k == DraftKind.WITHDRAW ? EventType.ACCEPTED : null;
        if (event == null) {
            return Map.of();
        }
        Application newest = null;
        LocalDate newestDate = null;
        for (Application a : all) {
            if (a.id().equals(app.id())) {
                continue;
            }
            for (LogEntry e : a.log()) {
                if (e.event() == event && !e.date().isAfter(today) && (newestDate == null || e.date().isAfter(newestDate))) {
                    newest = a;
                    newestDate = e.date();
                }
            }
        }
        return newest == null ? Map.of() : Map.of(Drafter.OTHER_COMPANY, newest.company());
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
