package followup.sync;

import followup.store.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * For {@code followup check}: the files git holds unmerged in the data home, each named with the
 * commands that resolve it. A merge driver that could not run (or a conflict git found itself)
 * can leave a file that reads as valid YAML, so the file's text alone cannot tell; git's index
 * can. Asks git only when the home is a repository.
 */
public final class UnmergedFiles {

    private final GitRunner git;
    private final Path home;

    public UnmergedFiles(GitRunner git) {
        this.git = git;
        this.home = git.home();
    }

    /**
     * One {@code path: message} line per unmerged file, in git's order; none when the home is
     * not a repository.
     *
     * @throws IOException when git cannot be asked
     */
    public List<String> lines() throws IOException {
        if (!git.isRepository()) {
            return List.of();
        }
        List<Unmerged> files = unmerged();
        Operation operation = files.isEmpty() ? null : Operation.inProgress(git.gitDir());
        List<String> lines = new ArrayList<>();
        for (Unmerged file : files) {
            lines.add(home.resolve(file.path()) + ": " + message(file, operation));
        }
        return lines;
    }

    /** A file git holds unmerged: its path in the home and the stages it has (1 base, 2 ours, 3 theirs). */
    private record Unmerged(String path, Set<Integer> stages) {
        /** Deleted on one side, changed on the other. */
        boolean deletedOnOneSide() {
            return stages.contains(1) && !(stages.contains(2) && stages.contains(3));
        }
    }

    /** The files git holds unmerged ({@code git ls-files -u}), in git's order. */
    private List<Unmerged> unmerged() throws IOException {
        String out;
        try {
            out = git.quietly("ls-files", "-u", "-z");
        } catch (GitRunner.Failed e) {
            throw new IOException(e.getMessage());
        }
        Map<String, Set<Integer>> files = new LinkedHashMap<>();
        for (String record : out.split("\0")) {
            // <mode> <object> <stage>TAB<path>
            int tab = record.indexOf('\t');
            if (tab < 2) {
                continue;
            }
            int stage = record.charAt(tab - 1) - '0';
            files.computeIfAbsent(record.substring(tab + 1), f -> new TreeSet<>()).add(stage);
        }
        List<Unmerged> unmerged = new ArrayList<>();
        files.forEach((path, stages) -> unmerged.add(new Unmerged(path, stages)));
        return unmerged;
    }

    /** What is wrong and the commands that resolve it, in the order to run them. */
    private String message(Unmerged file, Operation operation) {
        String path = file.path();
        String quoted = DriverLine.shellQuote(path);
        StringBuilder m = new StringBuilder("unmerged: ")
                .append(operation == null ? "git stopped on it" : operation.description + " stopped on it");
        if (file.deletedOnOneSide()) {
            m.append(", deleted in one copy and changed in the other; keep it with 'followup git add ").append(quoted)
                    .append("' or delete it with 'followup git rm ").append(quoted).append("'");
        } else {
            String id = applicationId(path);
            m.append("; fix it with ")
                    .append(id != null ? "'followup edit " + id + "'"
                            : "an editor (keep the right lines, delete the <<<<<<<, ======= and >>>>>>> lines)")
                    .append(", mark it resolved with 'followup git add ").append(quoted).append("'");
        }
        if (operation != null) {
            m.append(", and once 'followup check' is clean, finish with ").append(operation.finish);
        }
        return m.toString();
    }

    /** The id of an application file ({@code applications/<id>.yaml} that exists), else null. */
    private String applicationId(String path) {
        if (!path.startsWith("applications/") || !path.endsWith(".yaml")) {
            return null;
        }
        String id = path.substring("applications/".length(), path.length() - ".yaml".length());
        return Ids.isValid(id) && Files.exists(home.resolve(path)) ? id : null;
    }
}
