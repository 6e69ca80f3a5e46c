package followup.sync;

import followup.UserException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps what a repository holds the user's alone: group and other access taken from the home,
 * followup's files and the repository, for a home made by hand or by an older followup before it
 * becomes a repository. A file that cannot be changed is a warning, never a failure.
 */
final class PrivateFiles {

    /** Group and other permissions followup takes away: its folders are 0700 and its files 0600. */
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /**
     * Takes group and other access from the home and what followup keeps there (applications/,
     * templates/, config.yaml and the files in those folders). Nothing else in the folder is touched.
     */
    static void home(Path home, PrintWriter err) {
        one(home, err);
        one(home.resolve("config.yaml"), err);
        for (String folder : List.of("applications", "templates")) {
            Path dir = home.resolve(folder);
            one(dir, err);
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    files.filter(f -> !Files.isSymbolicLink(f)).forEach(f -> one(f, err));
                } catch (IOException e) {
                    err.println("followup: warning: cannot make " + dir + " private: " + UserException.describe(e));
                }
            }
        }
    }

    /**
     * Tells git to keep the repository's files private from now on (what git itself writes there
     * later, even when run without followup) and takes group and other access from what is there.
     */
    static void repository(GitRunner git, PrintWriter err) {
        try {
            git.quietly("config", "core.sharedRepository", "0600");
        } catch (GitRunner.Failed e) {
            err.println("followup: warning: git is not told to keep the repository private: " + e.getMessage());
        }
        tree(git.gitDir(), err);
    }

    /** Takes group and other access from everything under {@code dir}; symbolic links are left alone. */
    private static void tree(Path dir, PrintWriter err) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var tree = Files.walk(dir)) {
            tree.filter(f -> !Files.isSymbolicLink(f)).forEach(path -> one(path, err));
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("followup: warning: cannot make " + dir + " private: " + e.getMessage());
        }
    }

    /** Takes group and other access from one file or folder (the target of a link), when it exists. */
    private static void one(Path path, PrintWriter err) {
        if (!Files.exists(path)) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
            if (perms.removeAll(SHARED)) {
                Files.setPosixFilePermissions(path, perms);
            }
        } catch (IOException e) {
            err.println("followup: warning: cannot make " + path + " private: " + UserException.describe(e));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX modes: nothing to tighten
        }
    }
}
