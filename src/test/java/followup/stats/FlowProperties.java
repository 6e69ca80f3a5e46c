package followup.stats;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Config;
import followup.model.EventType;
import followup.model.Interview;
import followup.model.LogEntry;
import followup.model.Status;
import followup.stats.Journey.End;
import followup.stats.Journey.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The report's flow over random searches: its bands add up at every stage, its stages are the
 * funnel of {@code stats}, and its ends are the outcomes of {@code stats}, whatever the files say.
 */
class FlowProperties {

    private static final LocalDate BASE = LocalDate.of(2026, 9, 1);

    @Property(tries = 300)
    void bandsAddUpAndAgreeWithStats(@ForAll("searches") List<Application> search,
            @ForAll @IntRange(min = 0, max = 150) int asOfOffset) {
        LocalDate today = BASE.plusDays(asOfOffset);
        Flow flow = Flow.of(Journey.of(search, Config.DEFAULTS, today));
        Stats stats = Stats.compute(search, Config.DEFAULTS, today, null);

        for (Stage s : Stage.values()) {
            assertThat(flow.reached(s)).as("reached %s", s).isEqualTo(flow.movedOn(s) + flow.endedAt(s));
        }
        assertThat(flow.applications()).isEqualTo(search.size()).isEqualTo(stats.funnel().applications());
        assertThat(flow.reached(Stage.INTERVIEWED)).isEqualTo(stats.funnel().interviewed().count());
        assertThat(flow.reached(Stage.OFFER)).isEqualTo(stats.funnel().offer().count());

        for (Status status : List.of(Status.ACCEPTED, Status.DECLINED, Status.REJECTED, Status.WITHDRAWN,
                Status.CLOSED)) {
            assertThat(flow.total(End.valueOf(status.name()))).as(status.id())
                    .isEqualTo(stats.outcomes().get(status));
        }
        assertThat(flow.total(End.DECIDING)).isEqualTo(stats.outcomes().get(Status.OFFER));
        assertThat(flow.total(End.TALKING) + flow.total(End.NO_ANSWER) + flow.total(End.QUIET))
                .isEqualTo(stats.outcomes().get(Status.APPLIED) + stats.outcomes().get(Status.INTERVIEWING));
        // gone quiet is stats' ghosted, less what you closed (which has ended)
        assertThat(flow.total(End.QUIET)).isLessThanOrEqualTo(stats.response().ghosted().count());
    }

    @Provide
    Arbitrary<List<Application>> searches() {
        return application().list().ofMaxSize(12).map(apps -> {
            List<Application> numbered = new ArrayList<>();
            for (int i = 0; i < apps.size(); i++) {
                Application a = apps.get(i);
                numbered.add(new Application("app-" + i, "Company " + i, null, a.status(), a.source(), a.applied(),
                        List.of(), a.interviews(), null, null, null, a.log()));
            }
            return numbered;
        });
    }

    private Arbitrary<Application> application() {
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 140).map(BASE::plusDays);
        Arbitrary<Interview> interview = day.map(d -> new Interview(d, null, List.of(), null));
        Arbitrary<LogEntry> entry = Combinators.combine(day, Arbitraries.of(EventType.class))
                .as((d, e) -> LogEntry.of(d, e));
        return Combinators.combine(Arbitraries.of(Status.class), Arbitraries.of("referral", "job board").injectNull(0.3),
                day.injectNull(0.3), interview.list().ofMaxSize(3), entry.list().ofMaxSize(6))
                .as((status, source, applied, interviews, log) -> new Application("x", "X", null, status, source,
                        applied, List.of(), interviews, null, null, null, log));
    }
}
