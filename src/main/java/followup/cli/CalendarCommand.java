package followup.cli;

import followup.UserException;
import followup.ics.Agenda;
import followup.ics.IcsEvent;
import followup.ics.IcsWriter;
import followup.schedule.Action;
import followup.schedule.Playbook;
import followup.store.AtomicFiles;
import followup.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "calendar",
        header = "An iCalendar (.ics) file of the coming actions and scheduled interviews.",
        description = {"Each action of the next N days is an all-day event (\"Thank-you: Acme Corp\") whose "
                + "description says why and which command does it; overdue ones are put on today. Scheduled "
                + "interviews are timed events when their time is known, else all-day. An event keeps its "
                + "UID when its date moves, so a calendar that imports or subscribes to the file again "
                + "moves the event instead of adding another.",
            "",
            "The file holds personal data: --output writes it with mode 0600, atomically."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup calendar > followup.ics",
            "  followup calendar --days 30 --output ~/Calendars/followup.ics",
            "  # crontab: refresh it every morning",
            "  0 7 * * * followup calendar --output \"$HOME/Calendars/followup.ics\""})
final class CalendarCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Option(names = "--days", paramLabel = "N", defaultValue = "60",
            description = "How many days ahead (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the calendar to FILE (atomically, mode 0600) instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (days < 0 || days > 3660) {
            throw UserException.usage("--days must be between 0 and 3660");
        }
        if (output != null && (Files.isDirectory(output) || !Files.isDirectory(folder(output)))) {
            throw UserException.data("--output: " + (Files.isDirectory(output) ? output + " is a folder"
                    : "the folder " + folder(output) + " does not exist"));
        }
        root.noteMissingHome(root.err());
        if (output != null && Files.exists(output) && !Files.isRegularFile(output)) {
            // a FIFO, a device: the atomic write would rename a file over it (a FIFO never read,
            // /dev/full gone); leave --output out to write to standard output
            throw UserException.data("--output: " + output + " is not a regular file (" + Store.kind(output)
                    + "); it is left as it is");
        }
        Store.Loaded loaded = root.store().loadAll();
        LocalDate today = root.today();
        List<Action> actions = new Playbook(root.config()).schedule(loaded.applications(), today, days);
        List<IcsEvent> events = Agenda.events(loaded.applications(), actions, today, days, TodayCommand::command);
        // ical4j is reached only from here: other commands never pay for loading it
        String text = IcsWriter.write(events, root.realToday());
        if (output == null) {
            root.out().print(text);
            root.out().flush();
        } else {
            try {
                AtomicFiles.replace(output, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the temp file is gone and the old calendar is whole: say so, and why
                throw UserException.data("--output: cannot write " + output + ": " + reason(e) + "; it is unchanged");
            }
        }
        return Problems.report(root.err(), loaded);
    }

    /** Why a write failed, in the system's words ("No space left on device"), without a path. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static Path folder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }
}
