package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16: {@code list} and {@code show} follow {@code today}'s rules (SPEC §6 "today output"): at
 * 80, 100 and 120 columns and in a pipe (0), no line wider than the terminal, nothing cut (every
 * word printed in a pipe is printed at every width), a command broken only between arguments, and
 * {@code show} gives both commands of each action. Long names, roles, notes and a person's name
 * that must be quoted on the command line, beside the examples.
 */
class ListShowLayoutTest {

    @TempDir
    Path tmp;

    static final String LONG = """
            company: Vandelay Industries International Import Export and Latex Holdings
            role: Senior Staff Distributed Systems Reliability Engineer, Payments Infrastructure Platform
            status: interviewing
            source: a former colleague from the Kramerica Industries days, who knows the hiring manager well
            url: https://careers.vandelay.example/jobs/2026/senior-staff-distributed-systems-reliability-engineer-payments
            contacts:
              - name: Dr. María Constanza Fernández-Villaverde de la Concepción
                title: Vice President of Engineering, Payments and Risk Infrastructure
                email: maria.fernandez-villaverde@vandelay.example
                phone: "+1 555 0142"
                anchor: the incident review of the latex shipment outage she walked me through in detail
                address: |
                  Vandelay Industries, 129 West 81st Street, Apartment 5A
                  New York, NY 10024
            interviews:
              - date: 2026-11-23
                time: "09:00"
                with: [Dr. María Constanza Fernández-Villaverde de la Concepción]
                kind: onsite, with a whiteboard session on the design of the payments ledger
            anchor: the book "Designing Data-Intensive Applications" that she recommended twice during the interview
            notes: |
              The recruiter said the team is growing from eight to twenty people next year and that the role reports to María directly.
                - ask about the on-call rotation and how incidents are reviewed, blameless or not, and by whom
            log:
              - date: 2026-11-16
                event: reply
                note: the recruiter wrote back within the hour to set up the onsite, with a long list of who I would meet
            """;

    private Path home(String id) throws Exception {
        Path home = tmp.resolve("home");
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path p : files.toList()) {
                Path target = home.resolve(Path.of("examples").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(home.resolve("applications/" + id + ".yaml"), LONG);
        return home;
    }

    private static Run.Result run(Path home, int width, String... args) {
        Run run = Run.in(home);
        if (width > 0) {
            run.terminal(width);
        }
        Run.Result r = run.run(args);
        assertThat(r).succeeded();
        return r;
    }

    /** What a person sees: the colours taken away. */
    private static String seen(Run.Result r) {
        return r.out().replaceAll("\u001b\\[[0-9;]*m", "");
    }

    /**
     * No "…" and no line wider than the terminal, but for a single word wider than the room (a
     * long URL): that one has a line of its own and stays whole, to be copied or clicked.
     */
    private static void fits(String text, int width) {
        assertThat(text).doesNotContain("…");
        if (width > 0) {
            assertThat(text.lines()).allSatisfy(line -> assertThat(line.length() <= width
                    || line.strip().startsWith("https://") && line.strip().indexOf(' ') < 0
                    || line.startsWith("  url          https://") && line.indexOf(' ', 15) < 0).as(line).isTrue());
        }
    }

    /** The words of a text, sorted: the same however the lines are broken. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.replace(" \\\n", "\n").strip().split("\\s+")));
        words.sort(null);
        return words;
    }

    /** The text with every wrap undone: continued commands joined, then all lines as one. */
    private static String flat(String text) {
        return text.replaceAll(" \\\\\n\\s+", " ").replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "{0} columns, id {1}")
    @CsvSource({"80, vandelay", "100, vandelay", "120, vandelay", "0, vandelay",
        "80, vandelay-industries-international-import-export", "120, vandelay-industries-international-import-export"})
    void listShowsEveryApplicationWhole(int width, String id) throws Exception {
        Path home = home(id);
        String text = seen(run(home, width, "list", "--all"));
        fits(text, width);
        // the same words as in a pipe, the table's headers aside (a block labels its lines instead)
        List<String> headers = List.of("ID", "STATUS", "COMPANY", "NEXT", "status:", "company:", "next:");
        assertThat(words(text)).filteredOn(w -> !headers.contains(w))
                .isEqualTo(words(seen(run(home, 0, "list", "--all"))).stream().filter(w -> !headers.contains(w)).toList());
        JsonNode json = new ObjectMapper().readTree(run(home, 0, "list", "--all", "--json").out());
        assertThat(json.get("applications")).hasSize(12);
        String flat = flat(text);
        for (JsonNode a : json.get("applications")) {
            assertThat(text).containsPattern("(?m)^" + a.get("id").asText() + "( |$)"); // an id starts its row
            for (String word : words(a.get("company").asText() + " " + a.get("role").asText())) {
                assertThat(flat).contains(word);
            }
        }
    }

    @ParameterizedTest(name = "{0} columns, id {1}")
    @CsvSource({"80, vandelay", "100, vandelay", "120, vandelay", "0, vandelay", "80, globex", "80, hooli"})
    void showGivesEveryFieldWholeAndBothCommandsOfEachAction(int width, String id) throws Exception {
        Path home = home("vandelay");
        String text = seen(run(home, width, "show", id));
        fits(text, width);
        String piped = seen(run(home, 0, "show", id));
        assertThat(words(text)).isEqualTo(words(piped));
        String flat = flat(text);
        JsonNode json = new ObjectMapper().readTree(run(home, 0, "show", id, "--json").out());
        assertThat(flat).contains(json.get("company").asText() + " — " + json.get("role").asText());
        assertThat(json.get("actions")).isNotEmpty();
        for (JsonNode a : json.get("actions")) {
            assertThat(flat).contains(a.get("why").asText());
            String person = a.has("to") ? " --to \"" + a.get("to").asText() + "\"" : "";
            String action = a.get("action").asText();
            if (!a.get("draft").isNull()) {
                assertThat(flat).contains("followup draft " + a.get("draft").asText() + " " + id + person);
            }
            assertThat(flat).containsAnyOf("followup done " + id + " " + action + person,
                    "followup log " + id + " accepted");
        }
        // a command breaks only after a whole argument, with a continuation the shell reads
        for (String line : text.lines().toList()) {
            if (line.endsWith(" \\")) {
                assertThat(line.strip()).startsWith("followup ");
                assertThat(line.chars().filter(c -> c == '"').count() % 2).as("a quoted argument kept whole: " + line).isZero();
            }
        }
    }
}
