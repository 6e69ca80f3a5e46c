package followup.cli;

import followup.UserException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "inbox",
        header = "Read mail you received and sent, offline, and log what it means.",
        description = {"Each PATH is an .eml file, a folder of .eml files, an mbox file or a Maildir folder "
                + "(its cur/ and new/). Each message is matched to an application (a contact's address, else a "
                + "contact's domain, else the company's name in the sender's name or the subject) and read for "
                + "what it means: your own sent mail closes the thank-you or check-in that was due; an invitation "
                + "is an interview (its local time, the people invited); then an offer, a rejection, a delay, a "
                + "decision date (\"by Friday\", \"within two weeks\"), else a reply. Quoted text and signatures "
                + "are not read.",
            "",
            "On a terminal each proposal is confirmed (yes, no, all, quit). Otherwise --yes writes them, except "
                + "outcomes (offer, rejected, accepted, declined), which are printed with the command to run; "
                + "without --yes nothing is written, as with --dry-run. Each entry keeps the message's "
                + "Message-ID, so a message is logged once however often inbox reads it. No body or attachment "
                + "is written anywhere (an entry's note is the subject); nothing goes over the network."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup inbox ~/Downloads/reply.eml",
            "  followup inbox ~/Mail/INBOX ~/Mail/Sent --dry-run",
            "  followup inbox ~/mail.mbox --json",
            "  # crontab: every morning (outcomes are mailed to you to confirm)",
            "  30 7 * * * followup inbox ~/Mail/INBOX ~/Mail/Sent --yes"})
final class InboxCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "An .eml file, a folder of them, an mbox file or a Maildir folder.")
    private List<Path> paths;

    @Option(names = "--dry-run", description = "Print each proposal as the 'followup log' command it amounts to; write nothing.")
    private boolean dryRun;

    @Option(names = "--yes", description = "Write the proposals without asking (off a terminal too); outcomes are only printed.")
    private boolean yes;

    @Option(names = "--json", description = "One JSON object per message, for scripts.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if (dryRun && yes) {
            throw UserException.usage("--dry-run and --yes contradict each other; give one");
        }
        InboxRun.Mode mode = dryRun ? InboxRun.Mode.DRY_RUN : yes ? InboxRun.Mode.YES
                : root.environment().stdinTerminal() ? InboxRun.Mode.ASK : InboxRun.Mode.DRY_RUN;
        // the mail and calendar libraries are loaded from here on only: no other command pays for them
        return new InboxRun(root, mode, json, zone(root.environment())).run(paths);
    }

    /** The user's zone: {@code TZ} when it names one (as the JVM reads it), else the system's. */
    static ZoneId zone(Environment environment) {
        String tz = environment.variable("TZ");
        if (tz != null) {
            try {
                return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (java.time.DateTimeException e) {
                // a POSIX rule such as "CET-1CEST": the JVM made its default from it already
            }
        }
        return ZoneId.systemDefault();
    }
}
