package followup.cli;

import followup.UserException;
import followup.stats.Stats;
import followup.store.Store;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats",
        header = "The patterns in your search: funnel, answers, your follow-up habits, feedback.",
        description = {"The funnel (applications, interviewed, offer, accepted) with each stage's "
                + "conversion; outcomes by status; how companies answer after an interview (answered, "
                + "ghosted, median days to the first reply and to a decision), per source; your own "
                + "discipline (thank-yous on the day, check-ins, what you sent before moving on); and "
                + "the feedback received, grouped by company, with the themes that repeat.",
            "",
            "Every share stands beside its counts; a share or median over fewer than "
                + Stats.MIN_SAMPLE + " applications is marked 'too little data to conclude'."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup stats", "  followup stats --since 2026-09-01", "  followup stats --since 8w",
            "  followup stats --json | jq .response"})
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Option(names = "--json", description = "JSON for scripts.")
    private boolean json;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only applications with activity (applied, an interview, a log entry) on or after "
                    + "DATE; a relative DATE counts back ('--since 8w': the last eight weeks).")
    private String since;

    @Override
    public Integer call() throws IOException {
        LocalDate today = root.today();
        LocalDate from = since == null ? null : since(since, today);
        root.noteMissingHome(root.err());
        Store.Loaded loaded = root.store().loadAll();
        Stats stats = Stats.compute(loaded.applications(), root.config(), today, from);
        if (json) {
            StatsJson.write(root.out(), stats, loaded.problems());
        } else {
            new StatsText(root.style(), root.width(), root.out()).print(stats, root.store().folder());
        }
        return Problems.report(root.err(), loaded);
    }

    /**
     * {@code --since} in the DATE grammar. A relative form names a day after today in that
     * grammar, which would select nothing; here it counts back instead, as in "the last 8 weeks".
     */
    private LocalDate since(String text, LocalDate today) {
        // read in any year first: "8w" on 9999-12-31 counts back, so it is not past 9999
        LocalDate date = Dates.anyYear(text, today, today, root.config().workDays(), "--since");
        if (!date.isAfter(today)) {
            return Dates.storable(date, text, "--since");
        }
        // relative forms move with their base; named days (tomorrow, fri, eom) do not
        LocalDate shifted = Dates.anyYear(text, today.minusDays(1), today, root.config().workDays(), "--since");
        if (shifted.equals(date.minusDays(1))) {
            return Dates.storable(today.minusDays(ChronoUnit.DAYS.between(today, date)), text, "--since");
        }
        throw UserException.usage("--since: that day is after the as-of date " + today
                + "; give a day in the past, like 2026-09-01 or 8w");
    }
}
