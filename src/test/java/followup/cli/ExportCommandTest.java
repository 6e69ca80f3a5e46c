package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import followup.model.Application;
import followup.store.Store;
import followup.transfer.CsvRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup export}: CSV for spreadsheets, JSON that {@code import} takes back whole. */
class ExportCommandTest {

    @TempDir
    Path tmp;

    private static final String HEADER = "id,company,role,status,source,applied,first_interview,last_interview,"
            + "decision_by,next_action,next_action_due,contact_name,contact_email,url";

    /** Values a CSV writer must get right, and keys followup does not know. */
    private Path trickyHome() throws IOException {
        Path home = tmp.resolve("tricky");
        Path apps = Files.createDirectories(home.resolve("applications"));
        Files.writeString(apps.resolve("smith.yaml"), """
                # comments do not travel
                company: "Smith, Jones & \\"Partners\\""
                role: "Analyst\\nnights"
                status: interviewing
                url: https://smith.example/jobs?id=1,2
                contacts:
                  - name: Zoë Martin
                    email: zoe@smith.example
                    address: |
                      1 Main St
                      Springfield
                interviews:
                  - date: 2026-11-10
                    kind: phone
                  - date: 2026-11-20
                    time: "14:00"
                    with: [Zoë Martin]
                decision-by: 2026-11-27
                salary: 120000
                my-list: [a, b]
                log:
                  - date: 2026-11-20
                    event: thanks
                    with: Zoë Martin
                    message-id: <x@y>
                """);
        Files.writeString(apps.resolve("formula.yaml"), "company: \"=HYPERLINK(\\\"http://evil.example\\\")\"\nrole: \"-1\"\n");
        Files.writeString(apps.resolve("acme.yaml"), "company: Acme Corp\nrole: Engineer\n");
        Files.writeString(apps.resolve("acme-2.yaml"), "company: Acme Corp\nrole: Engineer\nsource: referral\n");
        return home;
    }

    @Test
    void csvIsOneRfc4180RowPerApplicationThatPythonReads() throws Exception {
        Path home = trickyHome();
        Run.Result r = Run.in(home).run("export");
        assertThat(r).succeeded().errIsEmpty();
        String csv = r.out();
        assertThat(csv).startsWith(HEADER + "\r\n").endsWith("\r\n");
        List<List<String>> rows = new ArrayList<>();
        CsvRows.read(csv).rows().forEach(row -> rows.add(row.cells()));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(4)).containsExactly("smith", "Smith, Jones & \"Partners\"", "Analyst\nnights", "interviewing",
                "", "", "2026-11-10", "2026-11-20", "2026-11-27", "linkedin", "2026-11-11", "Zoë Martin",
                "zoe@smith.example", "https://smith.example/jobs?id=1,2");
        // a spreadsheet would run these as formulas: a quote mark keeps them text
        assertThat(rows.get(3).subList(0, 3)).containsExactly("formula", "'=HYPERLINK(\"http://evil.example\")", "'-1");
        List<List<String>> python = python(csv);
        if (python != null) {
            assertThat(python).isEqualTo(rows);
        }
    }

    /** Python's csv module's reading of {@code csv}, or null when python3 is not installed. */
    private List<List<String>> python(String csv) throws Exception {
        Path file = tmp.resolve("python.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", "import csv, json, sys\n"
                    + "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                    + "    print(json.dumps(list(csv.reader(f))))", file.toString()).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(out)) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c.asText()));
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theNextActionIsTodaysAsOfTheAsOfDate() throws Exception {
        Path home = Homes.copy("search", Homes.SEARCH, tmp.resolve("search"));
        for (String asOf : List.of("2026-11-23", "2026-11-30")) {
            Run run = Run.in(home);
            JsonNode today = new ObjectMapper().readTree(run.run("--as-of", asOf, "today", "--days", "366", "--json").out());
            List<List<String>> rows = CsvRows.read(run.run("export", "--as-of", asOf).out()).rows().stream()
                    .map(CsvRows.Row::cells).toList();
            int checked = 0;
            for (List<String> row : rows.subList(1, rows.size())) {
                JsonNode first = null;
                for (JsonNode a : today.get("actions")) {
                    if (a.get("id").asText().equals(row.get(0))) {
                        first = a;
                        break;
                    }
                }
                assertThat(row.get(9)).as(asOf + " " + row.get(0)).isEqualTo(first == null ? "" : first.get("action").asText());
                assertThat(row.get(10)).as(asOf + " " + row.get(0)).isEqualTo(first == null ? "" : first.get("due").asText());
                checked += first == null ? 0 : 1;
            }
            assertThat(checked).as("applications with an action").isGreaterThan(3);
        }
    }

    @Test
    void jsonHasEveryFieldTheWholeLogAndTheUsersOwnKeys() throws Exception {
        Run.Result r = Run.in(trickyHome()).run("export", "--json");
        assertThat(r).succeeded();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("errors")).isEmpty();
        JsonNode smith = json.get("applications").get(3);
        assertThat(smith.get("id").asText()).isEqualTo("smith");
        List<String> keys = new ArrayList<>();
        smith.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "company", "role", "status", "url", "contacts", "interviews",
                "decision-by", "salary", "my-list", "log");
        assertThat(smith.get("salary").asText()).isEqualTo("120000");
        assertThat(smith.get("contacts").get(0).get("address").asText()).isEqualTo("1 Main St\nSpringfield\n");
        assertThat(smith.get("log").get(0).get("message-id").asText()).isEqualTo("<x@y>");
        assertThat(smith.get("interviews").get(1).get("with").get(0).asText()).isEqualTo("Zoë Martin");
        assertThat(r.out()).doesNotContain("comments do not travel");
    }

    @Test
    void jsonImportedIntoAnEmptyHomeGivesTheSameIdsAndTheSameExport() throws Exception {
        for (Path source : List.of(trickyHome(), Homes.copy("search", Homes.SEARCH, tmp.resolve("search")))) {
            Path file = tmp.resolve(source.getFileName() + ".json");
            assertThat(Run.in(source).run("export", "--json", "--output", file.toString())).succeeded();
            Path empty = tmp.resolve(source.getFileName() + "-copy");
            Run copy = Run.in(empty);
            assertThat(copy.run("import", file.toString())).succeeded()
                    .outContains("created " + new Store(source).ids().size() + "\nalready there 0\nrefused 0\n");
            assertThat(new Store(empty).ids()).isEqualTo(new Store(source).ids());
            assertThat(copy.run("export", "--json").out()).isEqualTo(Files.readString(file));
            assertThat(copy.run("export").out()).isEqualTo(Run.in(source).run("export").out());
            // and twice: nothing new
            assertThat(copy.run("import", "--format", "json", file.toString())).succeeded()
                    .outContains("created 0\n");
            assertThat(new Store(empty).ids()).isEqualTo(new Store(source).ids());
        }
    }

    @Test
    void jsonIntoAHomeThatHasSomeOfThemCreatesOnlyTheOthers() throws Exception {
        Path source = trickyHome();
        Path file = tmp.resolve("all.json");
        assertThat(Run.in(source).run("export", "--json", "--output", file.toString())).succeeded();
        Path home = tmp.resolve("partial");
        Files.createDirectories(home.resolve("applications"));
        Files.writeString(home.resolve("applications/acme.yaml"), "company: ACME corp\nrole: engineer\n");
        Files.writeString(home.resolve("applications/smith.yaml"), "company: Someone Else\n");
        Run.Result r = Run.in(home).run("import", file.toString());
        assertThat(r).succeeded().outIs("created 3\nalready there 1\nrefused 0\n");
        assertThat(new Store(home).ids()).containsExactly("acme", "acme-2", "formula", "smith", "smith-2");
        Application smith = new Store(home).load("smith-2");
        assertThat(smith.contacts().get(0).name()).isEqualTo("Zoë Martin");
        assertThat(Files.readString(home.resolve("applications/smith.yaml"))).isEqualTo("company: Someone Else\n");
    }

    @Test
    void aBrokenJsonEntryIsRefusedAtItsLineAndTheOthersGoOn() throws Exception {
        Path file = tmp.resolve("hand.json");
        Files.writeString(file, """
                {"applications": [
                  {"id": "ok", "company": "Ok Co", "applied": "2026-11-02"},
                  {"id": "../etc", "company": "Evil"},
                  {"id": "nocompany", "role": "x"},
                  {"id": "baddate", "company": "B", "applied": "someday"},
                  "not an object",
                  {"id": "ok-two", "company": "Ok Two", "remote": true, "level": 3}
                ]}
                """);
        Path home = tmp.resolve("h");
        Run.Result r = Run.in(home).run("import", file.toString());
        assertThat(r).exitsWith(1).outIs(String.join("\n",
                file + ":3: 'id' is missing or not an id (lowercase letters a-z, digits and single hyphens, like 'acme-corp')",
                file + ":4: 'company' is missing",
                file + ":5: 'applied' must be a date like 2026-11-27",
                file + ":6: an entry of 'applications' must be an object",
                "created 2", "already there 0", "refused 4", ""));
        assertThat(Files.readString(home.resolve("applications/ok-two.yaml"))).contains("remote: \"true\"\n", "level: \"3\"\n");
        assertThat(home.resolve("etc.yaml")).doesNotExist();
    }

    @Test
    void outputIsWrittenAtomicallyPrivateAndDashIsStdout() throws Exception {
        Path home = trickyHome();
        Path out = tmp.resolve("export.csv");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        Run run = Run.in(home);
        assertThat(run.run("export", "--output", out.toString())).succeeded().outIs("");
        assertThat(Files.readString(out)).isEqualTo(run.run("export").out()).isEqualTo(run.run("export", "--output", "-").out());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
        assertThat(run.run("export", "--csv", "--json")).exitsWith(2).errContains("--csv and --json: choose one");
        assertThat(run.run("export", "--output", tmp.resolve("no/such/dir.csv").toString())).exitsWith(1)
                .errContains("does not exist");
    }

    @Test
    void anUnreadableFileIsNamedAndTheRestIsExported() throws Exception {
        Path home = trickyHome();
        Files.writeString(home.resolve("applications/bad.yaml"), "company: Bad\napplied: someday\n");
        Files.writeString(home.resolve("applications/own-id.yaml"), "company: Own\nid: 42\n");
        Run run = Run.in(home);
        Run.Result json = run.run("export", "--json");
        assertThat(json).exitsWith(1).errContains("bad.yaml:2:", "own-id.yaml:1:1: has its own key 'id'");
        assertThat(new ObjectMapper().readTree(json.out()).get("applications")).hasSize(4);
        Run.Result csv = run.run("export");
        assertThat(csv).exitsWith(1).errContains("bad.yaml:2:");
        assertThat(CsvRows.read(csv.out()).rows()).hasSize(6); // header, 4, own-id (the CSV has no such clash)
    }
}
