package followup.sync;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.LogEntry;
import followup.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The log merge, for any history both sides changed: what each side did is kept, whichever side merges. */
class ApplicationMergeProperties {

    /** An entry: a day and an event, from small sets so that sides often log the same thing. */
    record Entry(int day, String event) {
        String lines() {
            return "  - date: 2026-11-" + (10 + day) + "\n    event: " + event + "\n";
        }
    }

    /** A base log, and what each side removed (by index) and added. */
    record Histories(List<Entry> base, List<Integer> oursRemoved, List<Entry> oursAdded, List<Integer> theirsRemoved,
            List<Entry> theirsAdded) {
    }

    @Provide
    Arbitrary<Histories> histories() {
        Arbitrary<Entry> entry = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.of("thanks", "reply", "check-in")).as(Entry::new);
        Arbitrary<List<Entry>> entries = entry.list().ofMaxSize(5);
        Arbitrary<List<Integer>> removed = Arbitraries.integers().between(0, 5).list().ofMaxSize(2);
        return Combinators.combine(entries, removed, entries, removed, entries).as(Histories::new);
    }

    private static List<Entry> side(List<Entry> base, List<Integer> removed, List<Entry> added) {
        List<Entry> out = new ArrayList<>(base);
        for (int i : removed) {
            if (i < out.size()) {
                out.remove(i);
            }
        }
        out.addAll(added);
        out.sort(Comparator.comparingInt(Entry::day));
        return out;
    }

    private static String file(List<Entry> log) {
        StringBuilder sb = new StringBuilder("company: Acme\n# what happened\nlog:");
        if (log.isEmpty()) {
            return sb.append(" []\n").toString();
        }
        sb.append('\n');
        log.stream().sorted(Comparator.comparingInt(Entry::day)).forEach(e -> sb.append(e.lines()));
        return sb.toString();
    }

    private static Map<LogEntry, Integer> counts(List<LogEntry> log) {
        Map<LogEntry, Integer> counts = new HashMap<>();
        log.forEach(e -> counts.merge(e, 1, Integer::sum));
        return counts;
    }

    private static List<LogEntry> log(String text) throws Exception {
        return Store.parse("acme", text.getBytes(StandardCharsets.UTF_8), "acme.yaml").log();
    }

    @Property(tries = 300)
    void bothSidesGetTheSameLogWithEveryAdditionAndInDateOrder(@ForAll("histories") Histories h) throws Exception {
        String base = file(h.base());
        String ours = file(side(h.base(), h.oursRemoved(), h.oursAdded()));
        String theirs = file(side(h.base(), h.theirsRemoved(), h.theirsAdded()));
        ApplicationMerge.Result here = ApplicationMerge.merge(base, ours, theirs);
        ApplicationMerge.Result there = ApplicationMerge.merge(base, theirs, ours);
        if (!here.clean() || !there.clean()) {
            assertThat(here.conflicts()).isEqualTo(there.conflicts()).containsExactly("log");
            return;
        }
        List<LogEntry> merged = log(here.text());
        assertThat(counts(merged)).isEqualTo(counts(log(there.text())));
        for (LogEntry added : log(ours)) {
            if (!log(base).contains(added)) {
                assertThat(merged).contains(added);
            }
        }
        for (LogEntry added : log(theirs)) {
            if (!log(base).contains(added)) {
                assertThat(merged).contains(added);
            }
        }
        // the file's own order, not just the model's sorted view
        List<String> dates = here.text().lines().filter(l -> l.contains("date:")).toList();
        assertThat(dates).isSorted();
        assertThat(here.text()).contains("# what happened");
    }
}
