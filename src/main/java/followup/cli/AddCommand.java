package followup.cli;

import followup.UserException;
import followup.cli.terminal.Prompter;
import followup.model.Application;
import followup.model.Contact;
import followup.model.Interview;
import followup.model.People;
import followup.model.Status;
import followup.store.Ids;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "add",
        header = "Create an application; prints its id.",
        description = {"Creates applications/<id>.yaml, the id made from the company name "
                + "(\"Acme Corp.\" -> acme-corp; -2, -3, ... when taken). On a terminal, asks for what "
                + "is missing, with TAB completion of known companies and contacts, checking each answer as it "
                + "is typed (a wrong one is asked again), and several contacts and interviewers (Enter on an "
                + "empty line when done); Ctrl-C stops with nothing written (exit 130). Never asks when "
                + "stdin is not a terminal or with --no-input."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup add \"Acme Corp\" --role \"Backend Engineer\" \\",
            "      --contact \"Jane Doe <jane@acme.example>\" \\",
            "      --interview 2026-11-20 --at 14:00 --kind onsite --with Jane \\",
            "      --decision-by \"7-10 days\" --anchor 'the book \"Accelerate\"'",
            "  followup add Vandelay --contact \"Art Vandelay +1 555 0142\" \\",
            "      --interview today --kind phone --no-input",
            "  followup add Globex --applied today --source referral --no-input"})
final class AddCommand implements Callable<Integer> {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    @ParentCommand
    private RootCommand root;

    @Parameters(arity = "0..1", paramLabel = "COMPANY", description = "The company's name, as you would write it.")
    private String company;

    @Option(names = "--id", paramLabel = "ID", description = "Choose the id (lowercase letters, digits, hyphens).")
    private String id;

    @Option(names = "--role", paramLabel = "ROLE", description = "The job title.")
    private String role;

    @Option(names = "--contact", paramLabel = "\"NAME <EMAIL> PHONE\"",
            description = "A person there: a name, an optional <email> and an optional phone number; repeatable.")
    private List<String> contacts = new ArrayList<>();

    @Option(names = "--interview", paramLabel = "DATE", description = "The (first) interview's date.")
    private String interview;

    @Option(names = "--at", paramLabel = "HH:MM", description = "The interview's time.")
    private String at;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "The interview's kind: phone, video, onsite, ... (a phone, video, call, remote or screen round is not in person).")
    private String kind;

    @Option(names = "--with", paramLabel = "NAME", description = "Who interviews you at --interview; repeatable.")
    private List<String> with = new ArrayList<>();

    @Option(names = "--decision-by", paramLabel = "DATE",
            description = "When they said you would hear; relative forms count from the interview (\"7-10 days\").")
    private String decisionBy;

    @Option(names = "--anchor", paramLabel = "TEXT", description = "A personal hook from the interview.")
    private String anchor;

    @Option(names = "--source", paramLabel = "SOURCE", description = "Where the lead came from (referral, job board, ...).")
    private String source;

    @Option(names = "--applied", paramLabel = "DATE", description = "When you applied.")
    private String applied;

    @Option(names = "--no-input", description = "Never prompt, even on a terminal.")
    private boolean noInput;

    @Override
    public Integer call() throws IOException {
        if (id != null && !Ids.isValid(id)) {
            throw UserException.usage("--id: '" + id + "' is not a valid id: " + Ids.rule());
        }
        if (interview == null && (at != null || kind != null || !with.isEmpty())) {
            throw UserException.usage((at != null ? "--at" : kind != null ? "--kind" : "--with") + " needs --interview DATE");
        }
        boolean ask = root.environment().stdinTerminal() && !noInput;
        if (ask && (company == null || role == null || contacts.isEmpty() || interview == null)) {
            askForMissing();
        }
        if (company == null || company.isBlank()) {
            throw UserException.usage("COMPANY is missing: followup add \"Acme Corp\" [options]");
        }
        Application application = application();
        if (id == null) {
            refuseTwin(application.company(), application.role());
        }
        String created = root.store().create(id, application);
        root.out().println(created);
        return Cli.OK;
    }

    /**
     * Asks for what the options left out. Each answer is checked as soon as it is typed and asked
     * again with the reason when it is wrong, so nothing typed before is lost; Enter skips a
     * question; Ctrl-C (or Ctrl-D) stops with nothing written.
     */
    private void askForMissing() throws IOException {
        Prompter prompter = root.environment().prompter().get();
        LocalDate today = root.today();
        var workDays = root.config().workDays();
        List<String> companies = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (Application a : root.store().loadAll().applications()) {
            companies.add(a.company());
            a.contacts().forEach(c -> people.add(c.email() == null ? c.name() : c.name() + " <" + c.email() + ">"));
        }
        root.err().println("Adding an application; press Enter to skip a question, Ctrl-C to stop.");
        root.err().flush();
        while (company == null || company.isBlank()) {
            company = blankToNull(prompter.ask("Company", companies));
            if (company == null) {
                prompter.refuse("the company is the one answer needed (Ctrl-C to stop)");
            }
        }
        if (role == null) {
            role = blankToNull(prompter.ask("Role", List.of()));
            if (id == null) {
                refuseTwin(company, role); // now, rather than after every other question
            }
        }
        if (contacts.isEmpty()) {
            String label = "Contact (Name <email> phone)";
            String c;
            while (!(c = prompter.ask(label, people, typed -> wrong(() -> ContactText.parse(typed, "--contact"),
                    "--contact"))).isEmpty()) {
                contacts.add(c);
                label = "Another contact (Enter when done)";
            }
        }
        if (interview == null) {
            interview = blankToNull(prompter.ask("Interview date (2026-11-27, tomorrow, fri, ...)", List.of(),
                    typed -> wrong(() -> Dates.parse(typed, today, today, workDays, "--interview"), "--interview")));
            if (interview != null && at == null) {
                at = blankToNull(prompter.ask("Interview time (HH:MM)", List.of(), typed -> wrong(() -> time(typed), "--at")));
            }
        }
        if (interview != null && with.isEmpty()) {
            List<String> names = contacts.stream().map(c -> ContactText.parse(c, "--contact").name()).toList();
            String label = "Who interviews you? (Enter when done)";
            String w;
            while (!(w = prompter.ask(label, names, typed -> ambiguous(names, typed))).isEmpty()) {
                with.add(w);
                label = "Who else? (Enter when done)";
            }
        }
        if (interview != null && decisionBy == null) {
            LocalDate on = Dates.parse(interview, today, today, workDays, "--interview");
            decisionBy = blankToNull(prompter.ask("When will you hear? (date, '7-10 days', eow)", List.of(),
                    typed -> wrong(() -> Dates.parse(typed, on, today, workDays, "--decision-by"), "--decision-by")));
        }
        if (interview != null && anchor == null) {
            anchor = blankToNull(prompter.ask("A personal hook from the interview (a book, a project)", List.of()));
        }
    }

    /** Why an answer is refused (its option's error, without the option's name), or null when it is right. */
    private static String wrong(Runnable parse, String option) {
        try {
            parse.run();
            return null;
        } catch (UserException e) {
            String m = e.getMessage();
            return m.startsWith(option + ": ") ? m.substring(option.length() + 2) : m;
        }
    }

    /** An interviewer's name that could be more than one of the contacts just given. */
    private static String ambiguous(List<String> contacts, String typed) {
        List<String> found = People.matches(contacts, typed);
        return found.size() > 1 ? "'" + typed + "' could be " + String.join(" or ", found) + "; type more of the name" : null;
    }

    /**
     * SPEC §5: the same company and role twice is a mistake far more often than a second opening,
     * so it is refused, naming the one already there; {@code --id} says it is meant.
     */
    private void refuseTwin(String company, String role) throws IOException {
        for (Application a : root.store().loadAll().applications()) {
            if (a.sameJob(company.strip(), blankToNull(role))) {
                throw UserException.data(a.company() + (a.role() == null ? "" : " — " + a.role())
                        + " is already there as '" + a.id() + "' (followup show " + a.id()
                        + "); to keep a second application for it, give it an id: --id "
                        + Ids.slug(company) + "-2");
            }
        }
    }

    /** Text as typed, or null when it is empty: an empty answer means "skip". */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Application application() {
        LocalDate today = root.today();
        var workDays = root.config().workDays();
        List<Interview> interviews = new ArrayList<>();
        LocalDate interviewDate = null;
        if (interview != null) {
            interviewDate = Dates.parse(interview, today, today, workDays, "--interview");
            List<String> people = new ArrayList<>();
            for (String name : with) {
                String n = name.strip().replaceAll("\\s+", " ");
                if (!n.isEmpty()) {
                    // an interviewer who is also a --contact is written as the contact is
                    people.add(contacts.stream().map(c -> ContactText.parse(c, "--contact").name())
                            .filter(c -> People.matches(List.of(c), n).size() == 1).findFirst().orElse(n));
                }
            }
            interviews.add(new Interview(interviewDate, time(at), people, blankToNull(kind)));
        }
        LocalDate decision = decisionBy == null ? null
                : Dates.parse(decisionBy, interviewDate != null ? interviewDate : today, today, workDays, "--decision-by");
        LocalDate appliedOn = applied == null ? null : Dates.past(applied, today, today, workDays, "--applied");
        List<Contact> people = new ArrayList<>();
        for (String c : contacts) {
            people.add(ContactText.parse(c, "--contact"));
        }
        return new Application(null, company.strip(), blankToNull(role),
                interviews.isEmpty() ? Status.APPLIED : Status.INTERVIEWING, blankToNull(source), appliedOn,
                people, interviews, decision, blankToNull(anchor), null, List.of());
    }

    static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(text.strip());
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h < 24 && min < 60) {
                return LocalTime.of(h, min);
            }
        }
        throw UserException.usage("--at: '" + text + "' is not a time; use HH:MM, like 14:00");
    }
}
