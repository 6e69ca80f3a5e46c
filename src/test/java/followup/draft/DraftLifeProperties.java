package followup.draft;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import followup.schedule.Action;
import followup.schedule.ActionType;
import followup.schedule.Playbook;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * SPEC §7: "no two drafts of one application share a body paragraph word for word (greeting,
 * sign-off and signature aside)". Lives through generated searches day by day, as a user who
 * does what {@code today} says: every draft an action asks for is written on the day it is done,
 * then the action is logged; the employer invites to rounds, gives dates, delays, answers, turns
 * the application down or stays silent, and another company makes an offer that may be signed.
 */
class DraftLifeProperties {

    private static final LocalDate BASE = LocalDate.of(2026, 11, 2);
    private static final Contact JANE = new Contact("Jane Doe", "Hiring Manager", "jane@acme.example", "+1 555 0100",
            null, "the book \"Accelerate\" you recommended", "Acme Corp\n1 Main St\nSpringfield");
    private static final Contact RAJ = new Contact("Raj Patel", null, null, "+1 555 0177", null,
            "idempotency keys in the payments API", null);
    private static final Contact SAM = new Contact("Sam Lee", "Recruiter", "sam@acme.example", null, null);
    private static final String[] PEOPLE = {"Jane Doe", "Raj Patel", "Sam Lee", "Tom Okafor"};
    private static final String[] KINDS = {null, "phone screen", "video", "onsite", "final onsite"};

    private final Drafter drafter = new Drafter(TemplateSource.none(), new BuiltinTemplates());

    @Property(tries = 120)
    void noTwoDraftsOfOneApplicationShareAParagraph(@ForAll long seed) {
        Map<String, Draft> drafts = live(new Random(seed));
        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Draft> d : drafts.entrySet()) {
            Statistics.label("kind").collect(d.getValue().kind());
            for (String paragraph : paragraphs(d.getValue())) {
                String before = seen.putIfAbsent(paragraph, d.getKey());
                assertThat(before).as("paragraph in both %s and %s:%n%s%n%nall drafts:%n%s", before, d.getKey(),
                        paragraph, drafts).isNull();
            }
        }
        Statistics.label("drafts per application").collect(drafts.size() < 8 ? "fewer than 8" : "8 or more");
    }

    /** The body's paragraphs, less the greeting and the sign-off with its signature. */
    static List<String> paragraphs(Draft draft) {
        List<String> out = new ArrayList<>();
        for (String p : draft.body().split("\n\n")) {
            if (!p.matches("(Dear|Hello)[^\n]*,") && !p.startsWith("Best regards,") && !p.startsWith("With best wishes,")) {
                out.add(p);
            }
        }
        return out;
    }

    /** One search, day by day; the drafts written, by the action they were for. */
    private Map<String, Draft> live(Random random) {
        Config config = random.nextInt(4) == 0
                ? new Config(Fixtures.ME, null, new Config.Playbook(true, true, 7, 2, 7, 7, 28, 90, 3))
                : new Config(random.nextInt(5) == 0 ? Config.Me.NOBODY : Fixtures.ME, null, null);
        Playbook playbook = new Playbook(config);

        // the rounds, each known (scheduled) a few days before it is held
        List<Interview> rounds = new ArrayList<>();
        List<LocalDate> known = new ArrayList<>();
        LocalDate day = BASE.plusDays(random.nextInt(4));
        int count = 1 + random.nextInt(3);
        for (int r = 0; r < count; r++) {
            List<String> with = new ArrayList<>();
            int people = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
            for (int p = 0; p < people; p++) {
                String name = PEOPLE[random.nextInt(PEOPLE.length)];
                if (!with.contains(name)) {
                    with.add(name);
                }
            }
            rounds.add(new Interview(day, LocalTime.of(9 + random.nextInt(8), 0), with, KINDS[random.nextInt(KINDS.length)]));
            known.add(r == 0 ? day : day.minusDays(1 + random.nextInt(4)));
            day = day.plusDays(4 + random.nextInt(9));
        }
        LocalDate last = rounds.get(rounds.size() - 1).date();

        // what they say: a date, a delay, a word, after each round; then no, or nothing
        List<LogEntry> theirs = new ArrayList<>();
        for (Interview round : rounds) {
            LocalDate at = round.date().plusDays(random.nextInt(3));
            switch (random.nextInt(5)) {
                case 0 -> theirs.add(new LogEntry(at, EventType.TIMELINE, null, at.plusDays(2 + random.nextInt(9)), null));
                case 1 -> theirs.add(new LogEntry(at, EventType.DELAYED, null,
                        random.nextBoolean() ? null : at.plusDays(5 + random.nextInt(10)), null));
                case 2 -> theirs.add(LogEntry.of(at.plusDays(3 + random.nextInt(10)), EventType.REPLY));
                default -> { }
            }
        }
        if (random.nextInt(3) == 0) {
            theirs.add(LogEntry.of(last.plusDays(10 + random.nextInt(30)), EventType.REPLY));
        }
        LocalDate rejected = random.nextInt(3) == 0 ? last.plusDays(5 + random.nextInt(30)) : null;
        if (rejected != null) {
            theirs.removeIf(e -> !e.date().isBefore(rejected));
            theirs.add(LogEntry.of(rejected, EventType.REJECTED));
        }

        // another company: an offer, maybe with a day to answer by, maybe signed
        Application bravo = null;
        if (random.nextInt(3) == 0) {
            LocalDate offered = rounds.get(0).date().plusDays(3 + random.nextInt(25));
            List<LogEntry> log = new ArrayList<>(List.of(new LogEntry(offered, EventType.OFFER, null, null, null,
                    random.nextBoolean() ? offered.plusDays(5 + random.nextInt(7)) : null, null)));
            if (random.nextBoolean()) {
                log.add(LogEntry.of(offered.plusDays(2 + random.nextInt(6)), EventType.ACCEPTED));
            }
            bravo = new Application("bravo", "Bravo", "Engineer", Status.OFFER, null, null, null,
                    List.of(new Interview(BASE.minusDays(5), null, List.of(), "onsite")), null, null, null, log);
        }

        List<LogEntry> mine = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        int links = 0;
        for (LocalDate today = BASE; today.isBefore(BASE.plusDays(300)); today = today.plusDays(1)) {
            Application acme = acme(rounds, known, today, theirs, mine, random.nextBoolean());
            List<Application> all = new ArrayList<>(List.of(acme));
            Application other = bravo == null ? null : asOf(bravo, today);
            if (other != null) {
                all.add(other);
            }
            for (Action a : playbook.schedule(all, today, 0)) {
                if (a.application() != acme || random.nextInt(5) == 0) {
                    continue; // another application's, or put off to another day
                }
                String key = a.type().id() + (a.to() == null ? "" : " to " + a.to()) + " due " + a.due();
                if (a.draft().isPresent() && !drafts.containsKey(key)) {
                    DraftKind kind = DraftKind.parse(a.draft().get()).orElseThrow();
                    String link = kind == DraftKind.FOLLOW_UP && random.nextBoolean()
                            ? "https://example.org/article-" + (++links) : null;
                    drafts.put(key, drafter.render(kind, acme, a.to(), config, today,
                            new Extras(a.outcome(), link, null)));
                }
                if (a.type() != ActionType.ASK_TIMELINE && a.type() != ActionType.ANSWER_OFFER) {
                    mine.add(new LogEntry(today, EventType.parse(a.type().logEvent()).orElseThrow(), null, null, a.to()));
                }
            }
        }
        return drafts;
    }

    /** Acme as its file stands on {@code today}: the rounds known by then, the log as {@code followup log} keeps it. */
    private static Application acme(List<Interview> rounds, List<LocalDate> known, LocalDate today, List<LogEntry> theirs,
                                    List<LogEntry> mine, boolean appAnchor) {
        List<Interview> interviews = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            if (!known.get(i).isAfter(today)) {
                interviews.add(rounds.get(i));
            }
        }
        List<LogEntry> log = new ArrayList<>();
        for (LogEntry e : theirs) {
            if (!e.date().isAfter(today)) {
                log.add(e);
            }
        }
        log.addAll(mine);
        log.sort((a, b) -> a.date().compareTo(b.date()));
        Status status = interviews.isEmpty() ? Status.APPLIED : Status.INTERVIEWING;
        LocalDate decision = null;
        for (LogEntry e : log) {
            status = e.event() == EventType.INTERVIEW ? status : e.event().setsStatus().orElse(status);
            decision = e.decisionBy() != null ? e.decisionBy() : decision;
        }
        return new Application("acme", "Acme Corp", "Backend Engineer", status, null, null, List.of(JANE, RAJ, SAM),
                interviews, decision, appAnchor ? "the incident review you walked me through" : null, null, log);
    }

    private static Application asOf(Application bravo, LocalDate today) {
        List<LogEntry> log = new ArrayList<>();
        Status status = Status.INTERVIEWING;
        for (LogEntry e : bravo.log()) {
            if (!e.date().isAfter(today)) {
                log.add(e);
                status = e.event().setsStatus().orElse(status);
            }
        }
        return new Application(bravo.id(), bravo.company(), bravo.role(), status, null, null, null, bravo.interviews(),
                null, null, null, log);
    }
}
