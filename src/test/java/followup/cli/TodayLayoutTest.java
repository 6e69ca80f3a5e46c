package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16 / SPEC §6 "today output": at 80, 100 and 120 columns and in a pipe (0), every action
 * shows its state, due date, action and person, company and role, the whole why and both commands;
 * no line is wider than the terminal, nothing is cut, and a command breaks only between arguments.
 */
class TodayLayoutTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 100, 120, 0})
    void everyActionWholeAndNoLineWiderThanTheTerminal(int width) throws Exception {
        Path home = tmp.resolve("home");
        copy(Path.of("examples"), home);
        Run plain = Run.in(home).today(LocalDate.of(2026, 11, 23));
        JsonNode json = new ObjectMapper().readTree(plain.run("today", "--days", "7", "--json").out());
        Run run = Run.in(home).today(LocalDate.of(2026, 11, 23));
        if (width > 0) {
            run.terminal(width);
        }
        Run.Result r = run.run("today", "--days", "7");
        assertThat(r).succeeded();
        String text = r.out().replaceAll("\u001b\\[[0-9;]*m", "");
        if (width > 0) {
            assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        }
        // the blocks, one per action, in the order of the JSON
        String[] blocks = text.split("\n\n");
        List<JsonNode> actions = new ArrayList<>();
        json.get("actions").forEach(actions::add);
        assertThat(actions).hasSizeGreaterThan(5);
        assertThat(blocks).hasSize(actions.size() + 1); // the header, then the actions
        for (int i = 0; i < actions.size(); i++) {
            JsonNode a = actions.get(i);
            String block = blocks[i + 1];
            // commands: lines joined where they end in " \"; prose: wrapped lines joined by a space
            String joined = block.replace(" \\\n      ", " ").replaceAll("\n  (?! )", "\n");
            String flat = joined.replace("\n", " ");
            assertThat(block).startsWith(a.get("state").asText() + " ");
            assertThat(flat).contains(a.get("action").asText());
            if (a.has("to")) {
                assertThat(flat).contains("(" + a.get("to").asText() + ")");
            }
            assertThat(flat).contains(a.get("company").asText(), a.get("why").asText());
            String id = a.get("id").asText();
            List<String> commands = joined.lines().filter(l -> l.startsWith("followup ")).toList();
            if (!a.get("draft").isNull()) {
                assertThat(commands).anySatisfy(c -> assertThat(c).startsWith("followup draft " + a.get("draft").asText() + " " + id));
            }
            assertThat(commands).anySatisfy(c -> assertThat(c).matches(
                    "followup (done " + id + " " + a.get("action").asText() + ".*|log " + id + " (accepted|declined))"));
            // a command breaks only after a whole argument, with a continuation the shell reads
            for (String line : block.lines().toList()) {
                if (line.endsWith(" \\")) {
                    assertThat(line.chars().filter(c -> c == '"').count() % 2).as("a quoted argument kept whole: " + line)
                            .isZero();
                }
            }
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
