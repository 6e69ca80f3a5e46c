package followup.cli;

import followup.sync.MergeDriver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * git's merge driver for application files, installed by {@code followup git init} as
 * {@code followup merge-file %O %A %B %P}. Writes the merge into OURS; exit 0 when clean, 1 when
 * a conflict is left for the user (git then stops the merge and says so).
 */
@Command(name = "merge-file", hidden = true,
        header = "git's merge driver for application files (installed by 'followup git init').",
        description = {"Merges THEIRS into OURS, both changed from BASE, field by field, and writes the "
                + "result to OURS: log entries and interviews from both sides are kept once each; a field "
                + "both sides changed differently keeps OURS and records THEIRS under 'merge-conflict' "
                + "(exit 1). Files that are not valid YAML are merged line by line by 'git merge-file'."})
final class MergeFileCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor.")
    private Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "This side's version; receives the result.")
    private Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "The other side's version.")
    private Path theirs;

    @Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "The file's path, for messages.")
    private String path;

    @Override
    public Integer call() throws IOException, InterruptedException {
        MergeDriver driver = new MergeDriver(root.environment().programs(), root.environment().variables(), root.err());
        return driver.merge(base, ours, theirs, path) ? Cli.OK : Cli.DATA;
    }
}
