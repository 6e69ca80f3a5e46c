package followup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import followup.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8 "concurrent commands never lose an update": many writers and readers on one file at
 * once. {@code mvn verify}: 20 processes × 30 events (each process one JVM looping over the
 * command line, so the OS lock between processes is what keeps them apart; every write there
 * waits for two fsyncs, which is what the time goes on), 8 threads × 25 in one JVM, 6 processes
 * adding the same company. {@code -Pstress}: every event its own {@code followup log} process,
 * 20 × 50 of them, with a {@code today} or {@code list} process after every fifth, and 8 threads
 * × 125.
 */
class ConcurrencyIT {

    @TempDir
    Path home;

    /** What a run kept of what it was told. */
    record Tally(int acknowledged, int kept, int lost, int duplicated, List<String> failures) {
        boolean clean() {
            return lost == 0 && duplicated == 0 && failures.isEmpty() && kept == acknowledged;
        }
    }

    private void add() {
        assertThat(Worker.followup(home, "add", "Acme", "--no-input").code()).isZero();
    }

    /** {@code processes} children at once, each logging {@code events} notes in one JVM. */
    static Tally processes(Path home, String mode, int processes, int events) throws Exception {
        Path go = home.resolve("go");
        List<Children.Child> children = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            children.add(Children.start(go, mode, home.toString(), "acme", "p" + p, String.valueOf(events), "read"));
        }
        for (Children.Child c : children) {
            assertThat(c.next(300)).as("a child got ready").isEqualTo("ready");
        }
        Files.createFile(go);
        List<String> acks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Children.Child c : children) {
            int code = c.await(600);
            acks.addAll(c.acks());
            if (code != 0) {
                failures.add("exit " + code + ": " + c.lines.get(c.lines.size() - 1));
            }
        }
        return tally(home, acks, failures);
    }

    static Tally tally(Path home, List<String> acks, List<String> failures) throws Exception {
        String text = Files.readString(home.resolve("applications/acme.yaml"), StandardCharsets.UTF_8);
        List<String> notes = CrashHarness.notes(text);
        int lost = 0;
        int duplicated = 0;
        for (String a : acks) {
            int n = Collections.frequency(notes, a);
            lost += n == 0 ? 1 : 0;
            duplicated += n > 1 ? 1 : 0;
        }
        List<String> all = new ArrayList<>(failures);
        if (Worker.followup(home, "check").code() != 0) {
            all.add("check found a problem");
        }
        return new Tally(acks.size(), notes.size(), lost, duplicated, all);
    }

    @Test
    void twentyProcessesLoggingAndReadingLoseNothing() throws Exception {
        add();
        int processes = 20;
        int events = Children.figure("events", 30, 50);
        Tally tally = Boolean.getBoolean("followup.stress") ? perEventProcesses(processes, events)
                : processes(home, "log", processes, events);
        System.out.println("[reliability] concurrency, " + processes + " processes x " + events + " events"
                + (Boolean.getBoolean("followup.stress") ? " (a process per event)" : "") + ": " + tally);
        assertThat(tally.clean()).as(tally.toString()).isTrue();
        assertThat(tally.kept()).isEqualTo(processes * events);
    }

    /** The control: the same run with a writer that takes no lock must lose updates. */
    @Test
    void theHarnessCatchesAWriterWithoutTheLock() throws Exception {
        add();
        Tally tally = processes(home, "broken", 6, 50);
        System.out.println("[reliability] concurrency control (no lock): " + tally);
        assertThat(tally.clean()).as("the harness must catch lost updates: " + tally).isFalse();
    }

    @Test
    void threadsInOneJvmLoseNothing() throws Exception {
        add();
        int threads = 8;
        int events = Children.figure("threadEvents", 25, 125);
        Tally tally = lanes(threads, events, args -> Worker.followup(home, args).code());
        System.out.println("[reliability] concurrency, " + threads + " threads x " + events + " events: " + tally);
        assertThat(tally.clean()).as(tally.toString()).isTrue();
        assertThat(tally.kept()).isEqualTo(threads * events);
    }

    /** One run of followup's command line, in this JVM or as a process; returns the exit code. */
    @FunctionalInterface
    interface Command {
        int run(String... args) throws Exception;
    }

    /**
     * {@code lanes} threads at once, each logging {@code events} notes through {@code command},
     * with a {@code today} or {@code list} after every fifth.
     */
    private Tally lanes(int lanes, int events, Command command) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        List<Future<List<String>>> results = new ArrayList<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        for (int l = 0; l < lanes; l++) {
            String tag = "p" + l;
            results.add(pool.submit(() -> {
                List<String> acks = new ArrayList<>();
                for (int i = 0; i < events; i++) {
                    int code = command.run("log", "acme", "note", "--note", tag + "-" + i);
                    if (code == 0) {
                        acks.add(tag + "-" + i);
                    } else {
                        failures.add(tag + "-" + i + ": exit " + code);
                    }
                    if (i % 5 == 4) {
                        int read = command.run(i % 10 == 4 ? "today" : "list");
                        if (read != 0) {
                            failures.add("read: exit " + read);
                        }
                    }
                }
                return acks;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.MINUTES)).isTrue();
        List<String> acks = new ArrayList<>();
        for (Future<List<String>> f : results) {
            acks.addAll(f.get());
        }
        return tally(home, acks, failures);
    }

    @Test
    void sixProcessesAddingTheSameCompanyMakeSixFiles() throws Exception {
        Path go = home.resolve("go");
        List<Children.Child> children = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            // six roles at one company: six applications whose ids all come from "Acme"
            children.add(Children.start(go, "add", home.toString(), "Acme", "Role " + p));
        }
        for (Children.Child c : children) {
            assertThat(c.next(300)).isEqualTo("ready");
        }
        Files.createFile(go);
        List<String> ids = new ArrayList<>();
        for (Children.Child c : children) {
            assertThat(c.await(300)).as(c.lines.toString()).isZero();
            ids.addAll(c.acks());
        }
        assertThat(ids).containsExactlyInAnyOrder("acme", "acme-2", "acme-3", "acme-4", "acme-5", "acme-6");
        Store.Loaded loaded = new Store(home).loadAll();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.applications()).hasSize(6).allSatisfy(a -> assertThat(a.company()).isEqualTo("Acme"));
    }

    /** Stress: every event is a {@code followup.Main} process, as from a shell. */
    private Tally perEventProcesses(int processes, int events) throws Exception {
        return lanes(processes, events, this::main);
    }

    private int main(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("--home", home.toString(), "--as-of", Worker.TODAY));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(Children.java(null, "followup.Main", command.toArray(String[]::new)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
