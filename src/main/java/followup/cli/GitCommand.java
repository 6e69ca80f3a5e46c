package followup.cli;

import followup.UserException;
import followup.sync.GitRunner;
import followup.sync.RepositorySetup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "git",
        header = "Run git in the data home (like 'pass git'): history, undo, sync between machines.",
        description = {"Runs 'git -C HOME ARGS...' with your terminal; the exit code is git's. Every "
                + "argument after 'git' is git's, options included (global options such as --home go "
                + "before 'git').",
            "",
            "'followup git init' makes the data home a private repository (0700, "
                + "core.sharedRepository=0600) and installs followup's merge driver, "
                + "which merges application files field by field: log entries and interviews from both "
                + "machines are kept, once each; when git cannot run followup, it reports a conflict. 'followup git clone URL' copies a repository into a new "
                + "data home and installs the driver there. Once the home is a repository, every "
                + "command that changes a file commits it."},
        footerHeading = "%nExamples:%n",
        footer = {"  followup git init",
            "  followup git remote add origin me@server:followup.git",
            "  followup git push -u origin HEAD",
            "  followup git clone me@server:followup.git    # on the second machine",
            "  followup git pull && followup git push",
            "  followup git log -p --oneline"})
final class GitCommand implements Callable<Integer> {

    /** git commands that need no repository. */
    private static final Set<String> ANYWHERE = Set.of("help", "version");

    @ParentCommand
    private RootCommand root;

    @Parameters(paramLabel = "ARGS", description = "git's arguments, passed as they are.")
    private List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        GitRunner git = root.git();
        root.out().flush();
        root.err().flush();
        String first = args.isEmpty() ? "" : args.get(0);
        if (first.equals("init")) {
            return new RepositorySetup(git).init(args, root.err());
        }
        if (first.equals("clone")) {
            return new RepositorySetup(git).cloneInto(args, root.err());
        }
        if (!git.isRepository() && !first.isEmpty() && !first.startsWith("-") && !ANYWHERE.contains(first)) {
            throw UserException.data(root.home() + " is not a git repository: 'followup git init' makes it one, "
                    + "'followup git clone URL' copies one from another machine");
        }
        return git.run(args);
    }
}
