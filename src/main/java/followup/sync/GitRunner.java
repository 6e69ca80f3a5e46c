package followup.sync;

import followup.UserException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * git in the data home, as {@code pass git} does it: {@code git -C HOME ...}, on the user's
 * terminal for {@code followup git}, or quietly (its output captured) for what followup does
 * itself. Nothing here runs unless the home is a repository or the user asked for git.
 */
public final class GitRunner {

    /** Variables that would point git at another repository than the home's. */
    private static final Set<String> REDIRECTS = Set.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE",
            "GIT_PREFIX");

    /** sh's exit code when it cannot find the program (git). */
    private static final int NOT_FOUND = 127;

    private final Path home;
    private final Programs programs;
    private final Map<String, String> variables;

    /**
     * @param programs how to start git (and, for the merge driver's line, this followup)
     * @param variables the environment git runs with, less what would redirect it
     */
    public GitRunner(Path home, Programs programs, Map<String, String> variables) {
        this.home = home;
        this.programs = programs;
        this.variables = variables;
    }

    Path home() {
        return home;
    }

    Programs programs() {
        return programs;
    }

    /** An environment variable, or null when unset or empty. */
    String variable(String name) {
        String v = variables.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** True when the home is a git repository of its own (never asks git: reads must not spawn it). */
    public boolean isRepository() {
        return Files.exists(home.resolve(".git"));
    }

    /** Runs {@code git -C HOME args...} on the user's terminal; returns git's exit code. */
    public int run(List<String> args) {
        try {
            int code = programs.interactive(command(home, args), variables());
            if (code == NOT_FOUND) {
                throw UserException.data("cannot run git (is it installed and on PATH?)");
            }
            return code;
        } catch (IOException e) {
            throw UserException.data("cannot run git (is it installed and on PATH?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserException.data("interrupted while git was running");
        }
    }

    /** The repository's folder: {@code .git}, or the folder a {@code .git} file names (a linked worktree). */
    Path gitDir() {
        Path gitDir = home.resolve(".git");
        if (Files.isRegularFile(gitDir)) {
            try {
                String line = Files.readString(gitDir, StandardCharsets.UTF_8).strip();
                if (line.startsWith("gitdir:")) {
                    return home.resolve(line.substring("gitdir:".length()).strip());
                }
            } catch (IOException e) {
                return gitDir;
            }
        }
        return gitDir;
    }

    /** git said no: what it said last, which names the problem. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message, null, false, false);
        }
    }

    String quietly(String... args) throws Failed {
        return quietly(List.of(args));
    }

    /** Runs git without the terminal; a non-zero exit is a failure carrying git's last line. */
    String quietly(List<String> args) throws Failed {
        Programs.Captured result = captured(args);
        if (result.code() != 0) {
            List<String> lines = result.output().lines().filter(l -> !l.isBlank()).toList();
            throw new Failed("'git " + args.get(0) + "' failed" + (lines.isEmpty() ? " (exit " + result.code() + ")"
                    : ": " + lines.get(lines.size() - 1).strip()));
        }
        return result.output();
    }

    /** Runs git without the terminal, whatever its exit code; only a git that cannot run fails. */
    Programs.Captured captured(List<String> args) throws Failed {
        try {
            Programs.Captured result = programs.captured(command(home, args), variables());
            if (result.code() == NOT_FOUND) {
                throw new Failed("cannot run git (is it installed and on PATH?)");
            }
            return result;
        } catch (IOException e) {
            throw new Failed("cannot run git (is it installed and on PATH?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        }
    }

    /**
     * {@code git -C HOME args...}, started by sh with umask 077: what git writes (the repository,
     * and the files a clone, pull or checkout puts in the home) is the user's alone, like
     * everything followup writes.
     */
    static List<String> command(Path home, List<String> args) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask 077 && exec git \"$@\"", "git",
                "-C", home.toString()));
        command.addAll(args);
        return command;
    }

    /** The environment, less what would point git at another repository than the home. */
    private Map<String, String> variables() {
        Map<String, String> variables = new LinkedHashMap<>(this.variables);
        variables.keySet().removeAll(REDIRECTS);
        return variables;
    }
}
