package followup.sync;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Runs other programs: git for {@code followup git} and the commits after a change, and
 * followup itself, which git runs as the merge driver. Tests pass one that captures and counts.
 */
public interface Programs {
    /** Processes started with the JVM's own settings: the terminal, the launcher, the class path. */
    Programs SYSTEM = new SystemPrograms();

    /**
     * Runs {@code command} with the user's terminal as its stdin, stdout and stderr, and waits.
     *
     * @param variables its whole environment
     * @return its exit code
     */
    int interactive(List<String> command, Map<String, String> variables) throws IOException, InterruptedException;

    /** Runs {@code command} with no input and waits; what it printed (stdout and stderr) is returned. */
    Captured captured(List<String> command, Map<String, String> variables) throws IOException, InterruptedException;

    /** The command that runs this followup again (how git calls the merge driver). */
    List<String> self();

    /** A finished program: its exit code and everything it printed. */
    record Captured(int code, String output) {
    }
}
