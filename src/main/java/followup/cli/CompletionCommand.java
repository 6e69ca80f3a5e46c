package followup.cli;

import followup.UserException;
import followup.cli.shell.Shell;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        header = "Print the shell completion script for bash, zsh or fish.",
        description = {"Completes commands, options, event names, draft kinds, statuses and the ids of "
                + "your applications. The script reads ids from the data home's file names itself (--home "
                + "typed on the line, else $FOLLOWUP_HOME, else the XDG default), so a TAB never waits "
                + "for Java. The same scripts are kept in completions/ of the source."},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(followup completion bash)            # in ~/.bashrc",
            "  followup completion zsh > ~/.zfunc/_followup   # ~/.zfunc in fpath",
            "  followup completion fish > ~/.config/fish/completions/followup.fish"})
final class CompletionCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SHELL", completionCandidates = Shell.Names.class,
            description = "The shell: ${COMPLETION-CANDIDATES}.")
    private String shell;

    @Override
    public Integer call() {
        Shell s = Shell.parse(shell).orElseThrow(() -> UserException.usage(
                "unknown shell '" + shell + "'; shells: " + String.join(", ", new Shell.Names())));
        root.out().print(s.script(spec.root()));
        root.out().flush();
        return Cli.OK;
    }
}
