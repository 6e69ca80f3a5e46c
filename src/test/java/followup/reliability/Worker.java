package followup.reliability;

import followup.cli.Cli;
import followup.cli.Environment;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the reliability suites run in a child JVM, one mode per writer. With
 * {@code -Dfollowup.go=FILE} it prints {@code ready} and waits for FILE to exist first, so that
 * children started one after another start their work at once.
 *
 * <ul>
 * <li>{@code log HOME ID TAG COUNT [read]}: {@code followup log ID note --note TAG-i} for i = 0..COUNT-1
 * through the real command line ({@link Cli#run}, as {@code main} runs it), printing
 * {@code ack TAG-i} once each has returned 0; with {@code read}, a {@code today} or {@code list}
 * after every fifth write, as cron and a person would mix them.</li>
 * <li>{@code store HOME ID TAG COUNT}: the same writes through the {@code Store.update} call
 * {@code LogCommand} makes, without the command line's start-up.</li>
 * <li>{@code add HOME COMPANY [ROLE]}: {@code followup add COMPANY [--role ROLE] --no-input}, printing {@code ack ID}.</li>
 * <li>{@code broken HOME ID TAG COUNT}: the control, a writer done wrong on purpose: no lock, and
 * the file truncated and rewritten in place a line at a time.</li>
 * <li>{@code editor HOME ID STOPFILE}: an editor that does not know our lock: until STOPFILE exists,
 * it reads the file, sets {@code editor-mark: N}, and saves through a temp file and a rename, as
 * vim does, printing {@code save N BEFORE AFTER} (the rename's span in {@code System.nanoTime()}).
 * Before each save it checks its previous mark is still there and prints {@code dropped N} when
 * someone wrote over save N with older text.</li>
 * </ul>
 */
public final class Worker {

    /** The date every run pretends is today, so the log's order is fixed. */
    public static final String TODAY = "2026-11-23";

    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream ack = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String go = System.getProperty("followup.go");
        if (go != null) {
            followup(Path.of("."), "--version"); // load the command line before the start signal
            ack.println("ready");
            while (!Files.exists(Path.of(go))) {
                Thread.sleep(1);
            }
        }
        switch (args[0]) {
            case "log" -> log(ack, Path.of(args[1]), args[2], args[3], Integer.parseInt(args[4]),
                    args.length > 5 && args[5].equals("read"));
            case "store" -> store(ack, Path.of(args[1]), args[2], args[3], Integer.parseInt(args[4]));
            case "broken" -> broken(ack, Path.of(args[1]), args[2], args[3], Integer.parseInt(args[4]));
            case "add" -> {
                // a role of its own (args[3]) when given: the same company and role twice is refused
                Result r = args.length > 3 ? followup(Path.of(args[1]), "add", args[2], "--role", args[3], "--no-input")
                        : followup(Path.of(args[1]), "add", args[2], "--no-input");
                ack.println(r.code() == 0 ? "ack " + r.out().strip() : "fail exit " + r.code() + ": " + r.err().strip());
            }
            case "editor" -> editor(ack, Path.of(args[1]), args[2], Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.exit(0);
    }

    /** One run of the command line as {@code main} does it; returns the exit code and stderr. */
    static Result followup(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(Map.of("FOLLOWUP_HOME", home.toString(), "HOME", home.toString()),
                () -> LocalDate.parse(TODAY), false, false, 0, () -> {
                    throw new IllegalStateException("no prompts here");
                }, (command, file) -> {
                    throw new IllegalStateException("no editor here");
                });
        int code = Cli.run(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }

    private static void log(PrintStream ack, Path home, String id, String tag, int count, boolean read) {
        for (int i = 0; i < count; i++) {
            Result r = followup(home, "log", id, "note", "--note", tag + "-" + i);
            if (r.code() != 0) {
                ack.println("fail " + tag + "-" + i + " exit " + r.code() + ": " + r.err().strip());
                System.exit(1);
            }
            ack.println("ack " + tag + "-" + i);
            if (read && i % 5 == 4) {
                Result q = followup(home, i % 10 == 4 ? "today" : "list");
                if (q.code() != 0) {
                    ack.println("fail read exit " + q.code() + ": " + q.err().strip());
                    System.exit(1);
                }
            }
        }
    }

    private static void store(PrintStream ack, Path home, String id, String tag, int count) throws IOException {
        followup.store.Store store = new followup.store.Store(home);
        for (int i = 0; i < count; i++) {
            var entry = new followup.model.LogEntry(LocalDate.parse(TODAY), followup.model.EventType.NOTE, tag + "-" + i,
                    null, null);
            store.update(id, current -> new followup.store.Store.Update(entry, null, null, null));
            ack.println("ack " + tag + "-" + i);
        }
    }

    /** The log entry lines the real {@code log} writes for a note (see ApplicationCodec). */
    static String entry(String note) {
        return "  - date: " + TODAY + "\n    event: note\n    note: " + note + "\n";
    }

    private static void broken(PrintStream ack, Path home, String id, String tag, int count) throws IOException {
        Path file = home.resolve("applications/" + id + ".yaml");
        for (int i = 0; i < count; i++) {
            String text = Files.readString(file);
            if (text.endsWith("log: []\n")) {
                text = text.substring(0, text.length() - " []\n".length()) + "\n";
            }
            text += entry(tag + "-" + i);
            // truncate, then write a line at a time: a kill or a second writer in between tears it
            try (var out = Files.newOutputStream(file)) {
                for (String line : text.split("(?<=\n)")) {
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                }
            }
            ack.println("ack " + tag + "-" + i);
        }
    }

    private static void editor(PrintStream out, Path home, String id, Path stop) throws Exception {
        Path file = home.resolve("applications/" + id + ".yaml");
        int mark = 0;
        int saves = 0;
        int dropped = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (!Files.exists(stop)) {
            String text = Files.readString(file);
            String seen = markOf(text);
            if (mark > 0 && !String.valueOf(mark).equals(seen)) {
                dropped++;
                out.println("dropped " + mark);
            }
            mark++;
            List<String> lines = new ArrayList<>(List.of(text.split("(?<=\n)")));
            lines.removeIf(l -> l.startsWith("editor-mark: "));
            lines.add(Math.min(1, lines.size()), "editor-mark: " + mark + "\n");
            Path temp = file.resolveSibling("." + id + ".yaml.swp");
            Files.writeString(temp, String.join("", lines));
            long before = System.nanoTime(); // CLOCK_MONOTONIC on Linux: the test's clock too
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            out.println("save " + mark + " " + before + " " + System.nanoTime());
            saves++;
            int pause = random.nextInt(0, 3);
            if (pause > 0) {
                Thread.sleep(pause);
            }
        }
        out.println("editor saves " + saves + " dropped " + dropped);
    }

    static String markOf(String text) {
        for (String line : text.split("\n")) {
            if (line.startsWith("editor-mark: ")) {
                return line.substring("editor-mark: ".length()).strip();
            }
        }
        return "none";
    }
}
