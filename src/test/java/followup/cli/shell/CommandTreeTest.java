package followup.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import followup.model.EventType;
import followup.model.Status;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What the completion scripts are told each option and parameter takes, read from the annotations. */
class CommandTreeTest {

    private static final List<CommandTree> TREE = CommandTree.walk(Generate.tree());

    private static CommandTree command(String path) {
        return find(path).orElseThrow(() -> new AssertionError("no command '" + path + "'"));
    }

    private static Optional<CommandTree> find(String path) {
        return TREE.stream().filter(c -> c.path().equals(path)).findFirst();
    }

    private static CommandTree.Kind positional(String path, int index) {
        return command(path).positional(index).orElseThrow().values().kind();
    }

    @Test
    void anIdParameterCompletesApplicationIds() {
        assertThat(positional("show", 0)).isEqualTo(CommandTree.Kind.IDS);
        assertThat(positional("edit", 0)).isEqualTo(CommandTree.Kind.IDS);
        assertThat(positional("log", 0)).isEqualTo(CommandTree.Kind.IDS);
        // add --id names a new application: nothing to complete
        assertThat(command("add").option("--id").orElseThrow().values().kind()).isEqualTo(CommandTree.Kind.TEXT);
    }

    /** Any value labelled NAME: the coming {@code done --to} and {@code skip --to} need nothing more. */
    @Test
    void aNameOptionCompletesPeoplesNames() {
        assertThat(command("log").option("--with").orElseThrow().values().kind()).isEqualTo(CommandTree.Kind.NAMES);
        assertThat(command("draft").option("--to").orElseThrow().values().kind()).isEqualTo(CommandTree.Kind.NAMES);
        for (CommandTree c : TREE) {
            c.options().stream().filter(o -> o.label().equals("NAME")).forEach(o -> assertThat(o.values().kind())
                    .as(c.qualifiedName() + " " + o.names()).isEqualTo(CommandTree.Kind.NAMES));
        }
        // every shell holds the awk program in single quotes
        assertThat(Sh.NAMES_AWK).doesNotContain("'");
    }

    @Test
    void enumeratedValuesCompleteToTheirWords() {
        assertThat(command("log").positional(1).orElseThrow().values().words())
                .containsExactlyElementsOf(Arrays.stream(EventType.values()).map(EventType::id).toList());
        assertThat(command("list").option("--status").orElseThrow().values().words())
                .containsExactlyElementsOf(Arrays.stream(Status.values()).map(Status::id).toList());
        assertThat(command("completion").positional(0).orElseThrow().values().words()).containsExactly("bash", "zsh", "fish");
    }

    /** (A pass-through command such as {@code git}, whose arguments are all another program's, has none.) */
    @Test
    void theGlobalOptionsAreEverywhereAndHomeIsAFolder() {
        for (CommandTree c : TREE) {
            if (c.option("--help").isEmpty()) {
                continue;
            }
            assertThat(c.option("--home")).as(c.qualifiedName()).hasValueSatisfying(
                    o -> assertThat(o.values().kind()).isEqualTo(CommandTree.Kind.DIRS));
            assertThat(c.option("--json").map(o -> o.values().kind())).as(c.qualifiedName())
                    .isIn(Optional.empty(), Optional.of(CommandTree.Kind.FLAG));
        }
    }

    /** SPEC §7's kinds; the draft command comes from another branch, so this waits for it. */
    @Test
    void draftCompletesItsKindsThenIds() {
        Optional<CommandTree> draft = find("draft");
        Assumptions.assumeTrue(draft.isPresent(), "no draft command registered yet");
        assertThat(draft.get().positional(0).orElseThrow().values().words()).containsExactlyInAnyOrder(
                "thanks", "note", "linkedin", "check-in", "follow-up", "rejection-reply", "other-offer", "withdraw",
                "keep-in-touch");
        assertThat(positional("draft", 1)).isEqualTo(CommandTree.Kind.IDS);
    }

    @Test
    void aParameterOfSeveralPathsCompletesFileNames() {
        CommandTree.Positional paths = command("inbox").positional(0).orElseThrow();
        assertThat(paths.values().kind()).isEqualTo(CommandTree.Kind.FILES);
        assertThat(paths.unbounded()).isTrue();
    }

    @Test
    void commandsComeInTheOrderTheyAreRegistered() {
        assertThat(TREE.get(0).path()).isEmpty();
        assertThat(TREE.get(0).commands()).startsWith("today").contains("show", "log", "completion");
        assertThat(TREE.stream().skip(1).map(CommandTree::path)).containsExactlyElementsOf(TREE.get(0).commands());
    }
}
