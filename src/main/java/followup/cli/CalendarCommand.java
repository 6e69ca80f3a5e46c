package followup.cli;

import followup.UserException;
import followup.ics.Agenda;
import followup.ics.IcsEvent;
import followup.ics.IcsWriter;
import followup.schedule.Action;
import followup.schedule.Playbook;
import followup.store.Store;
import java.io.IOException;
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
            description = "Write the calendar to FILE (atomically, mode 0600) instead of standard output ('-').")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (days < 0 || days > 3660) {
            throw UserException.usage("--days must be between 0 and 3660");
        }
        Path file = OutputFile.checked(output);
        root.noteMissingHome(root.err());
        Store.Loaded loaded = root.store().loadAll();
        LocalDate today = root.today();
        List<Action> actions = new Playbook(root.config()).schedule(loaded.applications(), today, days);
        List<IcsEvent> events = Agenda.events(loaded.applications(), actions, today, days, TodayCommand::command);
        // ical4j is reached only from here: other commands never pay for loading it
        String text = IcsWriter.write(events, root.realToday());
        OutputFile.write(root.out(), file, text);
        return Problems.report(root.err(), loaded);
    }
}
