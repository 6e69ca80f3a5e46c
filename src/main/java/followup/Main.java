package followup;

import followup.cli.Cli;
import followup.cli.Environment;
import followup.cli.Utf8Writer;
import followup.cli.terminal.JLinePrompter;
import followup.cli.terminal.Prompter;
import followup.store.Store;
import followup.sync.Programs;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** The entry point: wires the real world (clock, environment, terminal) into {@link Cli}. */
public final class Main {

    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        return run(System.getenv(), clock(), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), args);
    }

    /**
     * The real wiring, with the environment variables, the clock and the output passed in: the
     * class-data training ({@link Train}) goes through exactly this on its sample data.
     */
    static int run(Map<String, String> variables, Supplier<LocalDate> today, OutputStream stdout, OutputStream stderr,
            String... args) {
        return run(variables, today, Store.WALL_CLOCK, stdout, stderr, args);
    }

    /** As above, with the wall clock the caches go by (the training's runs ahead, so its samples are kept). */
    static int run(Map<String, String> variables, Supplier<LocalDate> today, LongSupplier wallClock, OutputStream stdout,
            OutputStream stderr, String... args) {
        long started = System.nanoTime();
        // picocli registers its converters for java.sql and java.time types by reflection for
        // every command it builds (about 20 ms of a cold start); no option here has such a type
        // (OptionTypesTest keeps it so)
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
        // UTF-8 whatever the locale: cron runs with no LANG at all
        PrintWriter out = new Utf8Writer(stdout, false);
        PrintWriter err = new Utf8Writer(stderr, true);
        Trace trace = Trace.of(variables, err, started);
        // the launcher tested the terminal already (a shell can test stdin alone); a plain java
        // run asks the JVM
        String inTty = System.getProperty("followup.stdin.tty");
        String outTty = System.getProperty("followup.stdout.tty");
        boolean console = (inTty == null || outTty == null) && System.console() != null;
        boolean stdinTty = inTty == null ? console : inTty.equals("true");
        boolean stdoutTty = outTty == null ? console : outTty.equals("true");
        Environment environment = new Environment(variables, today, stdinTty, stdoutTty, columns(variables),
                new Prompts(), new Editor(), Programs.SYSTEM, wallClock, trace);
        trace.mark("main (streams, environment)");
        return Cli.run(environment, out, err, args);
    }

    private static int columns(Map<String, String> variables) {
        for (String source : new String[] {System.getProperty("followup.columns"), variables.get("COLUMNS")}) {
            if (source != null) {
                try {
                    int n = Integer.parseInt(source.strip());
                    if (n > 0) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // try the next source
                }
            }
        }
        return 0;
    }

    // The three below are classes rather than lambdas or method references: every run makes them,
    // and the lines a prompt repeats link no lambda (StartupIT measures it).

    /** The real clock, as every run reads it (the class-data training goes through it too). */
    static Supplier<LocalDate> clock() {
        return new Clock();
    }

    /**
     * Today's date in the system's time zone. The launcher passes it ({@code date +%F}, one small
     * process): asking java.time costs a cold JVM the whole time-zone database, about 15 ms.
     */
    private static final class Clock implements Supplier<LocalDate> {
        @Override
        public LocalDate get() {
            String given = System.getProperty("followup.today");
            if (given != null && given.length() == 10 && given.charAt(4) == '-' && given.charAt(7) == '-') {
                try {
                    return LocalDate.of(Integer.parseInt(given.substring(0, 4)), Integer.parseInt(given.substring(5, 7)),
                            Integer.parseInt(given.substring(8)));
                } catch (RuntimeException e) {
                    // not a date after all: ask the JVM
                }
            }
            return LocalDate.now();
        }
    }

    /** A prompt on the terminal, made only when a command asks. */
    private static final class Prompts implements Supplier<Prompter> {
        @Override
        public Prompter get() {
            return new JLinePrompter();
        }
    }

    /** The person's editor, in the terminal, waited for. */
    private static final class Editor implements Environment.Editor {
        @Override
        public int edit(List<String> command, Path file) throws IOException, InterruptedException {
            List<String> full = new ArrayList<>(command);
            full.add(file.toString());
            return new ProcessBuilder(full).inheritIO().start().waitFor();
        }
    }
}
