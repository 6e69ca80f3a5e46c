package followup.cli;

import followup.UserException;
import followup.cli.terminal.Prompter;
import followup.store.AtomicFiles;
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
        byte[] original = Files.readAllBytes(file);
        Path copy = Files.createTempFile(store.folder(), "." + id + ".edit-", ".yaml");
        AtomicFiles.replace(copy, original);
        List<String> editor = editor();
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
                throw UserException.data("not saved: " + file + " is unchanged; your edit is kept in " + copy);
            }
            try {
                store.replace(id, original, edited);
            } catch (Store.ConcurrentChangeException e) {
                throw UserException.data(file + " changed while you were editing; not saved. Your edit is kept in "
                        + copy + " (compare them, then 'followup edit " + id + "' again)");
            }
            Files.deleteIfExists(copy);
            root.out().println(id + ": saved");
            for (var typo : store.typos(id, edited)) {
                root.err().println(typo);
            }
            return Cli.OK;
        }
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
