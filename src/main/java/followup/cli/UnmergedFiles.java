package followup.cli;

import followup.store.Ids;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For {@code followup check}: the files git holds unmerged in the data home, each named with the
 * commands that resolve it. A merge driver that could not run (or a conflict git found itself)
 * can leave a file that reads as valid YAML, so the file's text alone cannot tell; git's index
 * can. Asks git only when the home is a repository.
 */
final class UnmergedFiles {

    private final Git git;
    private final Path home;

    UnmergedFiles(Git git, Path home) {
        this.git = git;
        this.home = home;
    }

    /**
     * Prints one {@code path: message} line per unmerged file on {@code out}; a git that cannot
     * be asked is a warning on {@code err}.
     *
     * @return how many files are unmerged
     */
    int report(PrintWriter out, PrintWriter err) {
        if (!git.isRepository()) {
            return 0;
        }
        List<Git.Unmerged> files;
        try {
            files = git.unmerged();
        } catch (IOException e) {
            err.println("followup: warning: cannot ask git which files a merge left unmerged: " + e.getMessage());
            return 0;
        }
        Git.Operation operation = files.isEmpty() ? null : git.operationInProgress();
        for (Git.Unmerged file : files) {
            out.println(home.resolve(file.path()) + ": " + message(file, operation));
        }
        return files.size();
    }

    /** What is wrong and the commands that resolve it, in the order to run them. */
    String message(Git.Unmerged file, Git.Operation operation) {
        String path = file.path();
        String quoted = Git.shellQuote(path);
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
