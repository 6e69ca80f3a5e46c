package followup.cli;

import followup.UserException;
import followup.cli.terminal.Prompter;
import followup.store.EditCopies;
import followup.store.InvalidFileException;
import followup.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "edit",
        header = "Edit an application in $VISUAL or $EDITOR; saves only a valid file.",
        description = {"Like 'crontab -e': you edit a copy; when the editor exits, the copy is checked. "
                + "A valid copy replaces the file, unless the file changed meanwhile (then your copy is "
                + "kept, named, and the exit code is 1). An invalid copy is offered for another edit on a "
                + "terminal; otherwise it is kept and named. The original is untouched until then."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup edit acme", "  EDITOR=nano followup edit acme"})
final class EditCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Parameters(paramLabel = "ID", description = "The application's id.")
    private String id;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Store store = root.store();
        // an unknown id is a data error before any editor starts; an invalid file is what edit is for
        store.requireExists(id);
        Path file = store.file(id);
        store.requireRegularFile(id); // a FIFO named acme.yaml would hang the read below
        byte[] original = Files.readAllBytes(file);
        List<String> editor = editor();
        // held as being edited while this runs, so that no other followup calls it abandoned
        try (EditCopies.Copy working = store.editCopy(id, original)) {
            Path copy = working.path();
            Thread interrupted = whenInterrupted(copy);
            try {
                return edit(store, file, copy, original, editor);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(interrupted);
                } catch (IllegalStateException e) {
                    // the JVM is going down (the hook is running): nothing to undo
                }
            }
        }
    }

    private int edit(Store store, Path file, Path copy, byte[] original, List<String> editor)
            throws IOException, InterruptedException {
        while (true) {
            int status = root.environment().editor().edit(editor, copy);
            if (status != 0) {
                Files.deleteIfExists(copy);
                throw UserException.data("the editor exited with status " + status + "; " + file + " is unchanged");
            }
            byte[] edited = Files.readAllBytes(copy);
            if (Arrays.equals(edited, original)) {
                Files.deleteIfExists(copy);
                root.err().println("followup: no changes");
                return Cli.OK;
            }
            try {
                Store.parse(id, edited, file.toString());
            } catch (InvalidFileException e) {
                root.err().println(e.problem());
                Boolean again = again();
                if (Boolean.TRUE.equals(again)) {
                    continue;
                }
                if (Boolean.FALSE.equals(again)) {
                    Files.deleteIfExists(copy);
                    throw UserException.data("not saved; your edit was discarded and " + file + " is unchanged");
                }
                throw UserException.data("not saved: " + file + " is unchanged; your edit is kept in "
                        + EditCopies.keep(copy));
            }
            try {
                store.replace(id, original, edited);
            } catch (Store.ConcurrentChangeException e) {
                throw UserException.data(file + " changed while you were editing; not saved. Your edit is kept in "
                        + EditCopies.keep(copy) + " (compare them, then 'followup edit " + id + "' again)");
            }
            Files.deleteIfExists(copy);
            root.out().println(id + ": saved");
            for (var typo : store.typos(id, edited)) {
                root.err().println(typo);
            }
            return Cli.OK;
        }
    }

    /**
     * Says where the copy is if the JVM is stopped while the editor runs (Ctrl-C, kill -TERM, a
     * closed terminal): it may hold the person's work, so it stays, and they hear of it now as
     * well as from the next command. A SIGKILL runs no hook; the next command still names it.
     */
    private Thread whenInterrupted(Path copy) {
        java.io.PrintWriter err = root.err();
        Thread hook = new Thread(() -> {
            if (!Files.exists(copy)) {
                return; // saved or discarded just before the signal: nothing is left to name
            }
            err.println("followup: edit of " + id + " interrupted; nothing was saved to " + id
                    + ".yaml, and your copy is kept in " + copy + " ('followup check' says how to keep or discard it)");
            err.flush();
        }, "followup-edit-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** On a terminal: re-open (true) or discard (false)? Without one: null, never block. */
    private Boolean again() {
        if (!root.environment().stdinTerminal()) {
            return null;
        }
        Prompter prompter = root.environment().prompter().get();
        String answer = prompter.ask("Edit again? [Y/n] (n discards your edit)", List.of("y", "n"));
        return !answer.toLowerCase(Locale.ROOT).startsWith("n");
    }

    /** $VISUAL, else $EDITOR, else vi; run through sh so "code --wait" works as in git. */
    private List<String> editor() {
        String e = root.environment().variable("VISUAL");
        if (e == null) {
            e = root.environment().variable("EDITOR");
        }
        if (e == null) {
            e = "vi";
        }
        return List.of("sh", "-c", e + " \"$@\"", e);
    }
}
