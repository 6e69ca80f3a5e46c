package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup report} on the example home, as of Mon 23 Nov 2026 (the README's date). */
class ReportCommandTest {

    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    @TempDir
    Path dir;

    private Run examples() {
        // the cache goes to a temp HOME: the example home stays as committed
        return Run.in(EXAMPLES).env("HOME", dir.resolve("user-home").toString());
    }

    @Test
    void writesThePageWithMode0600() throws Exception {
        Path file = dir.resolve("search.html");
        Run.Result r = examples().run("report", "--output", file.toString());
        assertThat(r).succeeded().errIsEmpty();
        assertThat(r.out()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("Your search as of Mon 23 Nov 2026");
    }

    @Test
    void dashWritesToStandardOutput() {
        assertThat(examples().run("report", "--output", "-")).succeeded().outContains("<!DOCTYPE html>", "</html>");
    }

    @Test
    void theBandsAgreeWithStatsJson() throws Exception {
        String html = examples().run("report", "--output", "-").out();
        JsonNode stats = new ObjectMapper().readTree(examples().run("stats", "--json").out());
        int[] from = new int[3];
        Matcher m = Pattern.compile("data-from=\"([a-z]+)\" data-to=\"[^\"]*\" data-count=\"(\\d+)\"").matcher(html);
        while (m.find()) {
            from[switch (m.group(1)) { case "applied" -> 0; case "interviewed" -> 1; default -> 2; }]
                    += Integer.parseInt(m.group(2));
        }
        JsonNode funnel = stats.get("funnel");
        assertThat(from[0]).isEqualTo(funnel.get("applications").asInt()).isEqualTo(11);
        assertThat(from[1]).isEqualTo(funnel.get("interviewed").get("count").asInt());
        assertThat(from[2]).isEqualTo(funnel.get("offer").get("count").asInt());
        assertThat(html).contains("Rejected <tspan class=\"count\" font-weight=\"700\">"
                + stats.get("outcomes").get("rejected").asInt() + "</tspan>");
    }

    @Test
    void theAsOfOptionIsRespected() {
        assertThat(examples().run("--as-of", "2026-10-01", "report", "--output", "-")).succeeded()
                .outContains("Your search as of Thu 1 Oct 2026");
    }

    @Test
    void aMissingFolderIsADataErrorAndNothingIsWritten() {
        Run.Result r = examples().run("report", "--output", dir.resolve("nope/report.html").toString());
        assertThat(r).exitsWith(1).noStackTrace().errContains("--output: the folder", "does not exist");
    }

    @Test
    void aFolderIsRefused() {
        assertThat(examples().run("report", "--output", dir.toString())).exitsWith(1).errContains("is a folder");
    }

    @Test
    void helpShowsExamples() {
        assertThat(examples().run("report", "--help")).succeeded()
                .outContains("followup report --output ~/search.html", "report.html", "--output");
    }
}
