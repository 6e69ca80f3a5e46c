package followup.cli;

import followup.UserException;
import followup.cli.terminal.Prompter;
import followup.model.Application;
import followup.model.Contact;
import followup.model.Interview;
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
                + "is missing, with TAB completion of known companies and contacts; never asks when "
                + "stdin is not a terminal or with --no-input."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup add \"Acme Corp\" --role \"Backend Engineer\" --contact \"Jane Doe <jane@acme.example>\" \\",
            "      --interview 2026-11-20 --at 14:00 --kind onsite --with Jane --decision-by \"7-10 days\" \\",
            "      --anchor 'the book \"Accelerate\"'",
            "  followup add Vandelay --contact \"Art Vandelay +1 555 0142\" --interview today --kind phone --no-input",
            "  followup add Globex --applied today --source referral --no-input"})
final class AddCommand implements Callable<Integer> {

    private static final Pattern CONTACT = Pattern.compile("\\s*([^<>]*?)\\s*(?:<\\s*([^<>\\s]+)\\s*>)?\\s*([^<>]*?)\\s*");
    /** A phone number at the end of the name: "+1 555 0142", "(020) 7946 0958", "555-0142". */
    private static final Pattern TRAILING_PHONE = Pattern.compile("(.*?)\\s+(\\+?[0-9(][0-9 ()./-]*[0-9])");
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

    @Option(names = "--with", paramLabel = "NAME", description = "Who interviews you (repeatable).")
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
        if (at != null && interview == null) {
            throw UserException.usage("--at needs --interview DATE");
        }
        if ((kind != null || !with.isEmpty()) && interview == null) {
            throw UserException.usage((kind != null ? "--kind" : "--with") + " needs --interview DATE");
        }
        boolean ask = root.environment().stdinTerminal() && !noInput;
        if (ask && (company == null || role == null || contacts.isEmpty() || interview == null)) {
            askForMissing();
        }
        if (company == null || company.isBlank()) {
            throw UserException.usage("COMPANY is missing: followup add \"Acme Corp\" [options]");
        }
        Application application = application();
        String created = root.store().create(id, application);
        root.out().println(created);
        return Cli.OK;
    }

    private void askForMissing() throws IOException {
        Prompter prompter = root.environment().prompter().get();
        List<String> companies = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (Application a : root.store().loadAll().applications()) {
            companies.add(a.company());
            a.contacts().forEach(c -> people.add(c.email() == null ? c.name() : c.name() + " <" + c.email() + ">"));
        }
        root.err().println("Adding an application; press Enter to skip a question.");
        root.err().flush();
        if (company == null) {
            company = blankToNull(prompter.ask("Company", companies));
        }
        if (role == null) {
            role = blankToNull(prompter.ask("Role", List.of()));
        }
        if (contacts.isEmpty()) {
            String c = prompter.ask("Contact (Name <email>)", people);
            if (!c.isBlank()) {
                contacts.add(c);
            }
        }
        if (interview == null) {
            interview = blankToNull(prompter.ask("Interview date (2026-11-27, tomorrow, fri, ...)", List.of()));
            if (interview != null && at == null) {
                at = blankToNull(prompter.ask("Interview time (HH:MM)", List.of()));
            }
        }
        if (interview != null && decisionBy == null) {
            decisionBy = blankToNull(prompter.ask("When will you hear? (date, '7-10 days', eow)", List.of()));
        }
        if (interview != null && anchor == null) {
            anchor = blankToNull(prompter.ask("A personal hook from the interview (a book, a project)", List.of()));
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
            List<String> names = new ArrayList<>();
            for (String w : with) {
                if (!w.isBlank()) {
                    names.add(w.strip());
                }
            }
            interviews.add(new Interview(interviewDate, time(at), names, blankToNull(kind)));
        }
        LocalDate decision = decisionBy == null ? null
                : Dates.parse(decisionBy, interviewDate != null ? interviewDate : today, today, workDays, "--decision-by");
        LocalDate appliedOn = applied == null ? null : Dates.parse(applied, today, today, workDays, "--applied");
        List<Contact> people = new ArrayList<>();
        for (String c : contacts) {
            people.add(contact(c));
        }
        return new Application(null, company.strip(), blankToNull(role),
                interviews.isEmpty() ? Status.APPLIED : Status.INTERVIEWING, blankToNull(source), appliedOn,
                people, interviews, decision, blankToNull(anchor), null, List.of());
    }

    /**
     * "Jane Doe <jane@acme.example>", "Jane Doe <jane@acme.example> +1 555 0100", "Art Vandelay
     * +1 555 0142" or "Jane Doe"; "<jane@acme.example>" is not enough: a name is needed.
     */
    static Contact contact(String text) {
        Matcher m = CONTACT.matcher(text);
        if (!m.matches()) {
            throw UserException.usage("--contact: expected \"Name <email> phone\", \"Name <email>\" or \"Name\"");
        }
        String name = m.group(1);
        String email = m.group(2);
        String phone = blankToNull(m.group(3));
        if (phone != null && email == null) {
            // "Name" then a stray word after nothing: the pattern only splits around an <email>
            name = (name + " " + phone).strip();
            phone = null;
        }
        if (phone == null) {
            Matcher p = TRAILING_PHONE.matcher(name);
            if (p.matches() && digits(p.group(2)) >= 5) {
                name = p.group(1);
                phone = p.group(2);
            }
        } else if (!TRAILING_PHONE.matcher("x " + phone).matches() || digits(phone) < 5) {
            throw UserException.usage("--contact: '" + phone + "' after the email is not a phone number");
        }
        if (name.isBlank()) {
            throw UserException.usage("--contact: expected \"Name <email> phone\", \"Name <email>\" or \"Name\"");
        }
        if (email != null && !email.contains("@")) {
            throw UserException.usage("--contact: '" + email + "' is not an email address");
        }
        return new Contact(name.strip(), null, email, phone, null);
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
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
