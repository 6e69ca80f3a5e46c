package followup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the playbook over generated applications, as-of dates and configs. */
class PlaybookProperties {

    private static final LocalDate BASE = LocalDate.of(2026, 11, 2);
    private static final Playbook DEFAULT = new Playbook(Config.DEFAULTS);

    @Property(tries = 400)
    void loggingTheEventThatEndsAnActionRemovesIt(@ForAll("portfolios") List<Application> apps,
            @ForAll("asOf") LocalDate today) {
        for (Action a : DEFAULT.schedule(apps, today, 0)) {
            Statistics.collect(a.type());
            EventType event = EventType.parse(a.type().logEvent()).orElseThrow();
            // the timeline must be one that covers the interview today
            LocalDate decisionBy = event == EventType.TIMELINE ? today.plusDays(10) : null;
            LogEntry done = new LogEntry(today, event, null, decisionBy, a.to());
            List<Application> after = new ArrayList<>(apps);
            after.set(apps.indexOf(a.application()), Apps.logged(a.application(), done));

            assertThat(DEFAULT.schedule(after, today, 0))
                    .as("after logging %s on %s for %s", event.id(), today, a)
                    .noneMatch(b -> b.application().id().equals(a.application().id()) && b.type() == a.type()
                            && Objects.equals(b.to(), a.to()));
        }
        // the generators must reach every rule, or this property proves less than it says
        Statistics.coverage(checker -> {
            for (ActionType type : ActionType.values()) {
                checker.check(type).count(n -> n > 0);
            }
        });
    }

    @Property(tries = 400)
    void aReplyEndsEveryNudge(@ForAll("portfolios") List<Application> apps, @ForAll("asOf") LocalDate today) {
        for (Action a : DEFAULT.schedule(apps, today, 0)) {
            if (a.type() != ActionType.CHECK_IN && a.type() != ActionType.FOLLOW_UP && a.type() != ActionType.MOVE_ON) {
                continue;
            }
            List<Application> after = new ArrayList<>(apps);
            after.set(apps.indexOf(a.application()), Apps.logged(a.application(), LogEntry.of(today, EventType.REPLY)));
            assertThat(DEFAULT.schedule(after, today, 0))
                    .noneMatch(b -> b.application().id().equals(a.application().id())
                            && (b.type() == ActionType.CHECK_IN || b.type() == ActionType.FOLLOW_UP
                                || b.type() == ActionType.MOVE_ON));
        }
    }

    @Property(tries = 400)
    void noActionIsDueBeforeTheInterviewItFollows(@ForAll("portfolios") List<Application> apps,
            @ForAll("asOf") LocalDate today, @ForAll @IntRange(max = 60) int days) {
        for (Action a : DEFAULT.schedule(apps, today, days)) {
            List<LocalDate> held = a.application().interviews().stream().map(Interview::date)
                    .filter(d -> !d.isAfter(today)).toList();
            switch (a.type()) {
                case THANKS, CHECK_IN, FOLLOW_UP, MOVE_ON ->
                        assertThat(a.due()).isAfterOrEqualTo(held.get(held.size() - 1));
                // the note is for the first round in person (all generated rounds are), not the last
                case LINKEDIN, PAPER_NOTE -> assertThat(a.due()).isAfter(held.get(0));
                case ASK_TIMELINE -> assertThat(a.application().interviews()).extracting(Interview::date)
                        .contains(a.due());
                default -> { }
            }
        }
    }

    @Property(tries = 400)
    void aClosedOrRejectedAndAnsweredApplicationGetsNoNudges(@ForAll("application") Application generated,
            @ForAll("asOf") LocalDate today, @ForAll boolean rejected, @ForAll @IntRange(max = 20) int daysBefore) {
        // keep only what happened by T, then close it or have it rejected and answered
        LocalDate when = today.minusDays(daysBefore);
        List<LogEntry> log = new ArrayList<>(generated.log().stream().filter(e -> !e.date().isAfter(when)).toList());
        if (rejected) {
            log.add(LogEntry.of(when, EventType.REJECTED));
            log.add(LogEntry.of(when.plusDays(daysBefore / 2), EventType.REJECTION_REPLY));
        } else {
            log.add(LogEntry.of(when, EventType.CLOSED));
        }
        Application app = with(generated, rejected ? Status.REJECTED : Status.CLOSED, log);

        assertThat(DEFAULT.schedule(List.of(app), today, 400)).extracting(Action::type)
                .doesNotContain(ActionType.CHECK_IN, ActionType.FOLLOW_UP, ActionType.MOVE_ON, ActionType.THANKS,
                        ActionType.REJECTION_REPLY);
    }

    @Property(tries = 300)
    void theResultDoesNotDependOnTheOrderOfTheInput(@ForAll("portfolios") List<Application> apps,
            @ForAll("asOf") LocalDate today, @ForAll @IntRange(max = 60) int days, @ForAll Random random) {
        List<Application> shuffled = new ArrayList<>(apps);
        Collections.shuffle(shuffled, random);
        assertThat(DEFAULT.schedule(shuffled, today, days)).isEqualTo(DEFAULT.schedule(apps, today, days));
    }

    @Property(tries = 400)
    void everyRolledDueDateIsAWorkDay(@ForAll("portfolios") List<Application> apps, @ForAll("asOf") LocalDate today,
            @ForAll("workDays") Set<DayOfWeek> workDays) {
        Config config = new Config(null, workDays, null);
        List<Action> actions = new Playbook(config).schedule(apps, today, 400);
        for (Action a : actions) {
            // thanks (same day), ask-timeline (the interview) and tell-offer (at once) are not rolled
            if (a.type() != ActionType.THANKS && a.type() != ActionType.ASK_TIMELINE && a.type() != ActionType.TELL_OFFER) {
                assertThat(workDays).as("%s", a).contains(a.due().getDayOfWeek());
            }
            assertThat(a.due()).isBeforeOrEqualTo(today.plusDays(400));
        }
    }

    @Property(tries = 400)
    void doesNotNag(@ForAll("portfolios") List<Application> apps, @ForAll("asOf") LocalDate today) {
        int gap = Config.DEFAULTS.playbook().followUpEvery();
        for (Action a : DEFAULT.schedule(apps, today, 400)) {
            if (a.type() != ActionType.CHECK_IN && a.type() != ActionType.FOLLOW_UP) {
                continue;
            }
            // seed 000: no check-in or follow-up sooner than the gap after the last unanswered one
            lastUnansweredNudge(a.application(), today).ifPresent(last ->
                    assertThat(a.due()).as("%s", a).isAfterOrEqualTo(last.plusDays(gap)));
        }
    }

    @Property(tries = 200)
    void sortedByDueThenIdThenTypeThenPerson(@ForAll("portfolios") List<Application> apps,
            @ForAll("asOf") LocalDate today) {
        List<Action> actions = DEFAULT.schedule(apps, today, 400);
        for (int i = 1; i < actions.size(); i++) {
            Action p = actions.get(i - 1);
            Action n = actions.get(i);
            int c = p.due().compareTo(n.due());
            if (c == 0) {
                c = p.application().id().compareTo(n.application().id());
            }
            if (c == 0) {
                c = p.type().compareTo(n.type());
            }
            assertThat(c).as("%s before %s", p, n).isLessThanOrEqualTo(0);
        }
    }

    /** A check-in or follow-up on or before T with no reply or interview after it (by file order). */
    private static Optional<LocalDate> lastUnansweredNudge(Application app, LocalDate today) {
        List<LogEntry> log = app.log().stream().filter(e -> !e.date().isAfter(today)).toList();
        LocalDate found = null;
        for (int i = 0; i < log.size(); i++) {
            LogEntry e = log.get(i);
            if (e.event() != EventType.CHECK_IN && e.event() != EventType.FOLLOW_UP) {
                continue;
            }
            boolean answered = log.subList(i + 1, log.size()).stream().anyMatch(r -> r.event().isReply())
                    || app.interviews().stream().anyMatch(v -> v.date().isAfter(e.date()) && !v.date().isAfter(today));
            if (!answered) {
                found = e.date();
            }
        }
        return Optional.ofNullable(found);
    }

    // ---- generators ----

    /** Mostly near the end of the stories, where the waiting rules play; sometimes inside them. */
    @Provide
    Arbitrary<LocalDate> asOf() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(0, 60)),
                Tuple.of(3, Arbitraries.integers().between(40, 200)))
                .map(BASE::plusDays);
    }

    @Provide
    Arbitrary<Set<DayOfWeek>> workDays() {
        return Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).map(s -> EnumSet.copyOf(s));
    }

    @Provide
    Arbitrary<List<Application>> portfolios() {
        return Arbitraries.oneOf(application(), waitingStory(), closedStory(), offerStory()).list().ofMinSize(1).ofMaxSize(4).map(list -> {
            List<Application> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Application a = list.get(i);
                out.add(new Application("app-" + i, "Company " + i, a.role(), a.status(), null, null, a.contacts(),
                        a.interviews(), a.decisionBy(), null, null, a.log()));
            }
            return out;
        });
    }

    @Provide
    Arbitrary<Application> application() {
        Arbitrary<Interview> interview = Combinators.combine(
                Arbitraries.integers().between(0, 14),
                Arbitraries.just(LocalTime.of(14, 0)).injectNull(0.5),
                Arbitraries.of(List.<String>of(), List.of("Ann"), List.of("Ann", "Bob"), List.of("bob")))
                .as((day, time, with) -> new Interview(BASE.plusDays(day), time, with, null));
        // a log is a story: each entry some days after the one before, so that waits, nudges and
        // closes line up often enough to exercise every rule
        Arbitrary<LogEntry> step = Combinators.combine(
                Arbitraries.integers().between(0, 15),
                events(),
                Arbitraries.integers().between(0, 30).injectNull(0.3),
                Arbitraries.of("Ann", "BOB", "Carol").injectNull(0.6))
                .as((gap, event, by, with) -> new LogEntry(BASE.plusDays(gap), event, null,
                        (event == EventType.TIMELINE || event == EventType.DELAYED) && by != null
                                ? BASE.plusDays(by) : null,
                        event == EventType.THANKS ? with : null));
        Arbitrary<List<LogEntry>> story = Combinators.combine(Arbitraries.integers().between(0, 20),
                step.list().ofMaxSize(10).withSizeDistribution(RandomDistribution.uniform())).as((start, steps) -> {
                    List<LogEntry> log = new ArrayList<>();
                    LocalDate date = BASE.plusDays(start);
                    for (LogEntry e : steps) {
                        // the step's date holds its gap, its decision date the days from BASE
                        date = date.plusDays(e.date().toEpochDay() - BASE.toEpochDay());
                        LocalDate by = e.decisionBy() == null ? null
                                : date.plusDays(e.decisionBy().toEpochDay() - BASE.toEpochDay());
                        log.add(new LogEntry(date, e.event(), null, by, e.with()));
                    }
                    return log;
                });
        Arbitrary<List<Contact>> contacts = Arbitraries.of(
                List.<Contact>of(),
                List.of(new Contact("Ann", null, null, "+1 555 0100", null)),
                List.of(Contact.named("Bob"), new Contact("Ann", null, null, "+1 555 0100", null)));
        return Combinators.combine(
                interview.list().ofMaxSize(2),
                story,
                Arbitraries.integers().between(0, 60).injectNull(0.5),
                contacts,
                Arbitraries.of(Status.class),
                Arbitraries.integers().between(0, 9))
                .as((interviews, log, decision, people, randomStatus, coin) -> {
                    // mostly the status the log leads to, as `followup log` keeps it; sometimes any
                    Status status = coin < 7 ? statusFromLog(log, interviews) : randomStatus;
                    return new Application("app", "Company", "Engineer", status, null, null, people, interviews,
                            decision == null ? null : BASE.plusDays(decision), null, null, log);
                });
    }

    /** Interviewed, then nudges with no answer: the ground of check-in, follow-up and move-on. */
    @Provide
    Arbitrary<Application> waitingStory() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 21).injectNull(0.5),
                Arbitraries.integers().between(1, 20).list().ofMaxSize(4))
                .as((interview, decision, gaps) -> {
                    LocalDate day = BASE.plusDays(interview);
                    List<LogEntry> log = new ArrayList<>();
                    if (decision != null) {
                        log.add(new LogEntry(day, EventType.TIMELINE, null, day.plusDays(decision), null));
                    }
                    LocalDate at = day.plusDays(7);
                    for (int gap : gaps) {
                        at = at.plusDays(gap);
                        log.add(LogEntry.of(at, log.size() % 2 == 0 ? EventType.CHECK_IN : EventType.FOLLOW_UP));
                    }
                    return new Application("app", "Company", "Engineer", Status.INTERVIEWING, null, null, List.of(),
                            List.of(new Interview(day, null, List.of(), null)), null, null, null, log);
                });
    }

    /** Turned down or closed, maybe answered, maybe kept in touch: the ground of keep-in-touch. */
    @Provide
    Arbitrary<Application> closedStory() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 14),
                Arbitraries.of(EventType.REJECTED, EventType.CLOSED),
                Arbitraries.integers().between(0, 5).injectNull(0.3),
                Arbitraries.integers().between(60, 100).list().ofMaxSize(3))
                .as((interview, outcome, answered, gaps) -> {
                    LocalDate day = BASE.plusDays(interview);
                    LocalDate end = day.plusDays(10);
                    List<LogEntry> log = new ArrayList<>(List.of(LogEntry.of(day, EventType.THANKS), LogEntry.of(end, outcome)));
                    LocalDate at = end;
                    if (answered != null) {
                        at = end.plusDays(answered);
                        log.add(LogEntry.of(at, EventType.REJECTION_REPLY));
                    }
                    for (int gap : gaps) {
                        at = at.plusDays(gap);
                        log.add(LogEntry.of(at, EventType.KEEP_IN_TOUCH));
                    }
                    return new Application("app", "Company", "Engineer", outcome.setsStatus().orElseThrow(), null, null,
                            List.of(), List.of(new Interview(day, null, List.of(), null)), null, null, null, log);
                });
    }

    /** An offer in hand (maybe with a day to answer by) or a contract signed: the ground of tell-offer, answer-offer and withdraw. */
    @Provide
    Arbitrary<Application> offerStory() {
        return Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.of(EventType.OFFER, EventType.ACCEPTED),
                Arbitraries.integers().between(1, 14).injectNull(0.3))
                .as((day, outcome, answerIn) -> {
                    LocalDate interview = BASE.plusDays(day);
                    LocalDate offered = interview.plusDays(9);
                    List<LogEntry> log = List.of(LogEntry.of(interview.plusDays(7), EventType.OFFER),
                            new LogEntry(offered, outcome, null, null, null,
                                    outcome == EventType.OFFER && answerIn != null ? offered.plusDays(answerIn) : null, null));
                    return new Application("app", "Company", "Engineer", outcome.setsStatus().orElseThrow(), null, null,
                            List.of(), List.of(new Interview(interview, null, List.of(), null)), null, null, null, log);
                });
    }

    /** Every event, the messages the playbook counts on more often than the rest. */
    private static Arbitrary<EventType> events() {
        List<Tuple.Tuple2<Integer, EventType>> weighted = new ArrayList<>();
        for (EventType e : EventType.values()) {
            int weight = switch (e) {
                case CHECK_IN -> 24;
                case FOLLOW_UP -> 12;
                case KEEP_IN_TOUCH -> 12;
                case THANKS, REJECTION_REPLY, TOLD_OFFER -> 6;
                case REJECTED, OFFER, ACCEPTED, DECLINED, WITHDREW, CLOSED -> 1;
                default -> 2;
            };
            weighted.add(Tuple.of(weight, e));
        }
        return Arbitraries.frequency(weighted.toArray(Tuple.Tuple2[]::new));
    }

    private static Status statusFromLog(List<LogEntry> log, List<Interview> interviews) {
        Status status = interviews.isEmpty() ? Status.APPLIED : Status.INTERVIEWING;
        for (LogEntry e : log.stream().sorted(Comparator.comparing(LogEntry::date)).toList()) {
            status = e.event().setsStatus().orElse(status);
        }
        return status;
    }

    private static Application with(Application a, Status status, List<LogEntry> log) {
        return new Application(a.id(), a.company(), a.role(), status, a.source(), a.applied(), a.contacts(),
                a.interviews(), a.decisionBy(), a.anchor(), a.notes(), log);
    }
}
