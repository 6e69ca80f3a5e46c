package followup.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Child JVMs running {@link Worker} on this test run's class path, and what they print. */
final class Children {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private Children() {
    }

    /** How big a run is: the quick figures in {@code mvn verify}, the full ones with {@code -Pstress}. */
    static int figure(String name, int quick, int stress) {
        return Integer.getInteger("followup.reliability." + name, Boolean.getBoolean("followup.stress") ? stress : quick);
    }

    /** A running child; its stdout lines arrive in {@link #lines} as they are printed. */
    static final class Child {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();
        /** When each line arrived, in nanoseconds. */
        final List<Long> arrivals = new CopyOnWriteArrayList<>();
        private final BlockingQueue<String> fresh = new LinkedBlockingQueue<>();
        private final Thread reader;

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        arrivals.add(System.nanoTime());
                        lines.add(line);
                        fresh.add(line);
                    }
                } catch (IOException e) {
                    // the child was killed: what it printed before is in lines
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for the next line; null if none came in time. */
        String next(long seconds) throws InterruptedException {
            return fresh.poll(seconds, TimeUnit.SECONDS);
        }

        /**
         * SIGKILL on Linux: no shutdown hook, no finally block, no flush runs. Sent through the
         * process handle: {@code Process.destroyForcibly()} also closes our end of the child's
         * stdout, and acknowledgements still in the pipe (a reader behind on a loaded machine)
         * were lost, so the file showed more writes than were acknowledged, the control's too.
         */
        void kill() throws InterruptedException {
            process.toHandle().destroyForcibly();
            process.waitFor();
            drained();
        }

        /**
         * Waits until every line the child printed has been read: the oracle compares the file with
         * the acknowledgements, so a reader still behind (a starved thread on a loaded machine)
         * would make acknowledged writes look unacknowledged.
         */
        private void drained() throws InterruptedException {
            reader.join(120_000);
            if (reader.isAlive()) {
                throw new AssertionError("the child's output was not read within 120 s of its end");
            }
        }

        /** Waits for a normal end; returns the exit code. */
        int await(long seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("a child did not finish in " + seconds + " s; it printed " + lines);
            }
            drained();
            return process.exitValue();
        }

        /** The mean time between its lines in milliseconds, or -1 with fewer than two. */
        double meanInterval() {
            int n = arrivals.size();
            return n < 2 ? -1 : (arrivals.get(n - 1) - arrivals.get(0)) / 1e6 / (n - 1);
        }

        /** The {@code TAG-i} of every {@code ack TAG-i} line, in order. */
        List<String> acks() {
            List<String> acks = new ArrayList<>();
            for (String l : lines) {
                if (l.startsWith("ack ")) {
                    acks.add(l.substring(4));
                }
            }
            return acks;
        }
    }

    /** Starts {@code Worker} with {@code args}; stderr goes to the test's log. */
    static Child start(String... args) throws IOException {
        return start(null, args);
    }

    /**
     * Starts {@code Worker}, which first waits until the file {@code go} exists (when not null), so
     * that children started one by one begin their work together.
     */
    static Child start(Path go, String... args) throws IOException {
        return new Child(new ProcessBuilder(java(go, Worker.class.getName(), args))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** The command line of a child JVM running {@code main} on this run's class path. */
    static List<String> java(Path go, String main, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA,
                // start-up is most of a child's life: the flags the launcher uses to start fast
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path")));
        if (go != null) {
            command.add("-Dfollowup.go=" + go);
        }
        command.add(main);
        command.addAll(List.of(args));
        return command;
    }
}
