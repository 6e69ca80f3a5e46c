package followup.sync;

import java.nio.file.Files;
import java.nio.file.Path;

/** What git can be in the middle of in the home, and the command that finishes it. */
enum Operation {
    MERGE("a git merge", "'followup git commit -a --no-edit'"),
    REBASE("a git rebase", "'followup git add -u' and 'followup git rebase --continue'"),
    CHERRY_PICK("a git cherry-pick", "'followup git add -u' and 'followup git cherry-pick --continue'"),
    REVERT("a git revert", "'followup git add -u' and 'followup git revert --continue'");

    final String description;
    /** The commands that finish it, quoted; they take along what followup saved meanwhile. */
    final String finish;

    Operation(String description, String finish) {
        this.description = description;
        this.finish = finish;
    }

    /** What git is in the middle of (a merge, a rebase, ...) in the repository {@code gitDir}, or null. */
    static Operation inProgress(Path gitDir) {
        if (Files.exists(gitDir.resolve("MERGE_HEAD"))) {
            return MERGE;
        }
        if (Files.exists(gitDir.resolve("rebase-merge")) || Files.exists(gitDir.resolve("rebase-apply"))) {
            return REBASE;
        }
        if (Files.exists(gitDir.resolve("CHERRY_PICK_HEAD"))) {
            return CHERRY_PICK;
        }
        if (Files.exists(gitDir.resolve("REVERT_HEAD"))) {
            return REVERT;
        }
        return null;
    }
}
