package followup;

import followup.cli.Cli;
import followup.cli.Environment;
import followup.cli.terminal.JLinePrompter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return run(System.getenv(), LocalDate::now, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), args);
    }

    /**
     * The real wiring, with the environment variables, the clock and the output passed in: the
     * class-data training ({@link Train}) goes through exactly this on its sample data.
     */
    static int run(Map<String, String> variables, Supplier<LocalDate> today, OutputStream stdout, OutputStream stderr,
            String... args) {
        // picocli registers its converters for java.sql and java.time types by reflection for
        // every command it builds (about 20 ms of a cold start); no option here has such a type
        // (OptionTypesTest keeps it so)
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
        // UTF-8 whatever the locale: cron runs with no LANG at all
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        boolean console = System.console() != null;
        boolean stdinTty = flag("followup.stdin.tty", console);
        boolean stdoutTty = flag("followup.stdout.tty", console);
        Environment environment = new Environment(variables, today, stdinTty, stdoutTty,
                columns(variables), JLinePrompter::new, Main::runEditor);
        return Cli.run(environment, out, err, args);
    }

    /** The launcher tells what it knows about the terminal (a shell can test stdin alone). */
    private static boolean flag(String property, boolean fallback) {
        String v = System.getProperty(property);
        return v == null ? fallback : v.equals("true");
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

    private static int runEditor(List<String> command, Path file) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.add(file.toString());
        return new ProcessBuilder(full).inheritIO().start().waitFor();
    }
}
