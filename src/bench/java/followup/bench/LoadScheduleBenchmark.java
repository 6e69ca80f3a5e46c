package followup.bench;

import followup.model.Application;
import followup.model.Config;
import followup.schedule.Action;
import followup.schedule.Playbook;
import followup.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process cost of what {@code today} does after start-up, on the benchmark's generated homes:
 * parsing every file (a cold cache), reading the index of parsed files instead (a warm one), the
 * playbook alone, and index plus playbook. Run by {@code mvn -B -Pbench verify -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LoadScheduleBenchmark {

    /** Far enough ahead that every generated file counts as settled, so the index keeps it. */
    private static final long LATER = Long.MAX_VALUE / 2;

    @Param({"10", "1000", "10000"})
    public int applications;

    private Path temp;
    private Path home;
    private Path cache;
    private List<Application> loaded;
    private Playbook playbook;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        temp = Files.createTempDirectory("followup-jmh");
        home = temp.resolve("home");
        cache = temp.resolve("cache");
        GenerateHomes.write(home, applications);
        loaded = indexed().loadAll().applications(); // writes the index
        playbook = new Playbook(Config.DEFAULTS);
    }

    private Store indexed() {
        return new Store(home, Store.Listener.NONE, cache, "bench", () -> LATER);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Store.Loaded parseEveryFile() throws IOException {
        return new Store(home).loadAll();
    }

    @Benchmark
    public Store.Loaded readTheIndex() throws IOException {
        return indexed().loadAll();
    }

    @Benchmark
    public List<Action> scheduleOnly() {
        return playbook.schedule(loaded, GenerateHomes.AS_OF, 0);
    }

    @Benchmark
    public List<Action> indexAndSchedule() throws IOException {
        return playbook.schedule(indexed().loadAll().applications(), GenerateHomes.AS_OF, 0);
    }
}
