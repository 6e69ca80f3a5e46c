package followup.reliability;

import followup.store.InvalidFileException;
import followup.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Kills a writer at random moments and checks what it leaves. One lane is one data home with one
 * application; each round starts a child that logs notes in a loop, waits for its first
 * acknowledgement (so the loop is running), lets it run a random few milliseconds more and
 * SIGKILLs it. Then the oracle: the file reads as a valid application, and its text is exactly
 * the starting text plus one entry per kept note, in order, where the kept notes are all the
 * acknowledged ones and perhaps the one in flight, each once. Leftovers of a killed write must
 * not stop the next round's child, which starts on the same home.
 */
final class CrashHarness {

    /** What the rounds found; {@link #clean()} when nothing was lost, torn or doubled. */
    static final class Report {
        int kills;
        int acknowledged;
        int inFlightKept;
        int inFlightDropped;
        int lost;
        int duplicated;
        int corrupt;
        int leftoverTemps;
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());

        boolean clean() {
            return lost == 0 && duplicated == 0 && corrupt == 0 && problems.isEmpty();
        }

        synchronized void add(Report lane) {
            kills += lane.kills;
            acknowledged += lane.acknowledged;
            inFlightKept += lane.inFlightKept;
            inFlightDropped += lane.inFlightDropped;
            lost += lane.lost;
            duplicated += lane.duplicated;
            corrupt += lane.corrupt;
            leftoverTemps += lane.leftoverTemps;
            problems.addAll(lane.problems);
        }

        @Override
        public String toString() {
            return kills + " kills, " + acknowledged + " acknowledged writes, in flight kept/dropped " + inFlightKept
                    + "/" + inFlightDropped + ", lost " + lost + ", duplicated " + duplicated + ", corrupt " + corrupt
                    + ", temp files left by killed writes " + leftoverTemps + (problems.isEmpty() ? "" : ", problems: "
                    + problems.subList(0, Math.min(5, problems.size())));
        }
    }

    private final String writer;

    /**
     * @param writer the Worker mode: {@code log} (the command line), {@code store} (the same
     *     {@code Store.update} call without the command line's start-up), or {@code broken} (the control)
     */
    CrashHarness(String writer) {
        this.writer = writer;
    }

    /** Runs {@code kills} rounds over {@code lanes} homes at once; stops a lane at its first failure if asked. */
    Report run(Path root, int kills, int lanes, boolean stopAtFirstFailure) throws Exception {
        Report total = new Report();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        for (int l = 0; l < lanes; l++) {
            Path home = root.resolve("lane-" + l);
            int share = kills / lanes + (l < kills % lanes ? 1 : 0);
            Thread t = new Thread(() -> {
                try {
                    total.add(lane(home, share, stopAtFirstFailure));
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("a lane failed", errors.get(0));
        }
        return total;
    }

    private Report lane(Path home, int kills, boolean stopAtFirstFailure) throws Exception {
        Report report = new Report();
        Worker.Result added = Worker.followup(home, "add", "Acme", "--no-input");
        if (added.code() != 0) {
            throw new AssertionError("add failed: " + added.err());
        }
        Path file = home.resolve("applications/acme.yaml");
        String start = Files.readString(file);
        List<String> kept = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // the kill comes within about two writes' time after the first acknowledgement, so it
        // lands anywhere in a write however fast this machine writes: learnt as the rounds go
        double write = 50;
        for (int round = 0; round < kills; round++) {
            String tag = "k" + round;
            Children.Child child = Children.start(writer, home.toString(), "acme", tag, "1000000");
            String first = child.next(120);
            if (first == null || !first.startsWith("ack ")) {
                child.kill();
                report.problems.add("round " + round + ": the child made no progress: " + first + " " + child.lines);
                break;
            }
            Thread.sleep(random.nextLong((long) Math.ceil(2 * write) + 1));
            child.kill();
            if (child.meanInterval() > 0) {
                write = 0.8 * write + 0.2 * child.meanInterval();
            }
            report.kills++;
            List<String> acks = child.acks();
            report.acknowledged += acks.size();
            String inFlight = tag + "-" + acks.size();
            check(report, round, file, start, kept, acks, inFlight);
            if (stopAtFirstFailure && !report.clean()) {
                break;
            }
        }
        report.leftoverTemps = temps(home);
        return report;
    }

    /** Compares the file with every possible right answer: the kept notes plus this round's, with or without the one in flight. */
    private static void check(Report report, int round, Path file, String start, List<String> kept, List<String> acks,
            String inFlight) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        boolean reads = true;
        try {
            Store.parse("acme", bytes, file.toString());
        } catch (InvalidFileException e) {
            reads = false;
            report.corrupt++;
            report.problems.add("round " + round + ": the file does not read: " + e.problem().message());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> without = new ArrayList<>(kept);
        without.addAll(acks);
        List<String> with = new ArrayList<>(without);
        with.add(inFlight);
        if (text.equals(expected(start, with))) {
            report.inFlightKept++;
            kept.clear();
            kept.addAll(with);
            return;
        }
        if (text.equals(expected(start, without))) {
            report.inFlightDropped++;
            kept.clear();
            kept.addAll(without);
            return;
        }
        // wrong: say how, then go on from what the file has so later rounds are judged on their own
        List<String> notes = notes(text);
        int wrongBefore = report.lost + report.duplicated;
        for (String note : without) {
            int n = Collections.frequency(notes, note);
            if (n == 0) {
                report.lost++;
            } else if (n > 1) {
                report.duplicated++;
            }
        }
        if (Collections.frequency(notes, inFlight) > 1) {
            report.duplicated++;
        }
        if (report.problems.size() < 20) {
            report.problems.add("round " + round + ": the file is not the text of the acknowledged writes ("
                    + notes.size() + " notes for " + without.size() + " acknowledged)");
        }
        if (reads && report.lost + report.duplicated == wrongBefore) {
            report.corrupt++; // every note there once, yet not the text a write makes: torn or mangled
        }
        kept.clear();
        kept.addAll(notes);
    }

    /** The file's text after logging {@code notes} on the freshly added application. */
    static String expected(String start, List<String> notes) {
        if (notes.isEmpty()) {
            return start;
        }
        StringBuilder sb = new StringBuilder(start.substring(0, start.length() - "log: []\n".length())).append("log:\n");
        for (String note : notes) {
            sb.append(Worker.entry(note));
        }
        return sb.toString();
    }

    /** The notes in a file, read line by line (it may not be valid YAML any more). */
    static List<String> notes(String text) {
        List<String> notes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("    note: ")) {
                notes.add(line.substring("    note: ".length()));
            }
        }
        return notes;
    }

    static int temps(Path home) throws Exception {
        try (var files = Files.list(home.resolve("applications"))) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
