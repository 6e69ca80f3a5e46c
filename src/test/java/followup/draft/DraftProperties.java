package followup.draft;

import followup.model.Application;
import followup.model.Config;
import followup.model.Contact;
import followup.model.Interview;
import followup.model.Status;
import followup.schedule.Outcome;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an application holds or lacks, no built-in draft has a hole in it, a subject spans
 * one line, and a LinkedIn request fits.
 */
class DraftProperties {

    private final Drafter drafter = new Drafter(TemplateSource.none(), new BuiltinTemplates());
    private static final LocalDate INTERVIEW = LocalDate.of(2026, 11, 20);

    @Property(tries = 300)
    void builtInDraftsHaveNoHoles(@ForAll("applications") Application app, @ForAll("mes") Config.Me me,
                                  @ForAll @IntRange(min = 0, max = 400) int daysLater,
                                  @ForAll boolean otherCompany, @ForAll boolean link) {
        Extras extras = new Extras(otherCompany ? new Outcome(Fixtures.initech(), INTERVIEW.plusDays(3), null) : null,
                link ? "https://example.org/a" : null, null);
        LocalDate today = INTERVIEW.plusDays(daysLater);
        for (DraftKind kind : DraftKind.values()) {
            Draft draft = drafter.render(kind, app, null, new Config(me, null, null), today, extras);
            Holes.assertClean(draft);
            assertThat(draft.body()).isNotBlank();
            kind.maxBodyLength().ifPresent(max -> assertThat(draft.body().length()).isLessThan(max));
            // signed, with the name or a line to fill in
            assertThat(draft.body()).contains("\n" + (me.name() != null ? me.name() : Draft.SIGNATURE_TO_FILL_IN));
            assertThat(draft.unsigned()).isEqualTo(me.name() == null);
        }
    }

    @Provide
    Arbitrary<Application> applications() {
        Arbitrary<String> companies = Arbitraries.of("Acme Corp", "Société Générale", "Globex", "Ørsted A/S",
                "Internationale Nederlanden Groep Bankverzekering N.V.");
        Arbitrary<String> roles = Arbitraries.of("Backend Engineer", "Senior Staff Site Reliability Engineer, Payments",
                "Data Analyst").injectNull(0.4);
        Arbitrary<String> anchors = Arbitraries.of("the book \"Accelerate\" you recommended",
                "your team's move to Kotlin").injectNull(0.4);
        Arbitrary<LocalDate> decisions = Arbitraries.integers().between(1, 20).map(INTERVIEW::plusDays).injectNull(0.4);
        Arbitrary<List<Contact>> contacts = Arbitraries.of(
                new Contact("Jane Doe", "Hiring Manager", "jane@acme.example", "+1 555 0100", null),
                new Contact("Zoë Ångström", null, null, null, null),
                new Contact("Sam", null, "sam@acme.example", null, null)).list().ofMaxSize(2).uniqueElements();
        Arbitrary<List<Interview>> interviews = Combinators.combine(
                Arbitraries.of(LocalTime.of(14, 0)).injectNull(0.5),
                Arbitraries.of(List.<String>of(), List.of("Jane Doe"), List.of("Pat Kim", "Jane Doe")),
                Arbitraries.of("onsite", "phone screen").injectNull(0.5),
                Arbitraries.integers().between(0, 2))
                .as((time, with, kind, count) -> {
                    List<Interview> list = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        list.add(new Interview(INTERVIEW.minusDays(7L * i), time, with, kind));
                    }
                    return list;
                });
        return Combinators.combine(companies, roles, anchors, decisions, contacts, interviews)
                .as((company, role, anchor, decision, people, rounds) -> new Application("x", company, role,
                        Status.INTERVIEWING, null, null, people, rounds, decision, anchor, null, null));
    }

    @Provide
    Arbitrary<Config.Me> mes() {
        return Combinators.combine(
                Arbitraries.of("Alex Morgan", "Zoë Ångström").injectNull(0.4),
                Arbitraries.of("alex@example.org").injectNull(0.4),
                Arbitraries.of("+1 555 0199").injectNull(0.4))
                .as(Config.Me::new);
    }
}
