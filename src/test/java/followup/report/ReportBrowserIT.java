package followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code followup --home examples report} rendered by Debian's Chromium, headless and offline:
 * no sideways scrolling at 1280 and 800 pixels (and at 700, narrower than A4's printable width),
 * the flow's bands adding up to {@code stats --json}, the dark scheme readable, and a PDF printed.
 * The screenshots stay in {@code target/report-screenshots/} for a person to look at.
 *
 * <p>The page has no script and its Content-Security-Policy forbids one; to measure it, the test
 * renders a copy with that policy taken out and a few lines of script put in. The screenshots are
 * of the page itself.
 */
class ReportBrowserIT {

    private static final Path FOLLOWUP = Path.of("target/followup").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    private static final Path SHOTS = Path.of("target/report-screenshots").toAbsolutePath();
    private static final String AS_OF = "2026-11-23";
    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL);

    /** What the probe reports: widths, the band counts by stage, the colours of the scheme in use. */
    private static final String PROBE = """
            <script>
            const sums = {}; let drawn = 0;
            document.querySelectorAll('path.band').forEach(p => {
              sums[p.dataset.from] = (sums[p.dataset.from] || 0) + Number(p.dataset.count);
              if (p.getBoundingClientRect().height > 0) drawn++;
            });
            let widest = 0;
            document.querySelectorAll('body *').forEach(e => { widest = Math.max(widest, e.getBoundingClientRect().right); });
            const root = getComputedStyle(document.documentElement);
            const muted = document.querySelector('.muted');
            const r = { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
              widest: widest, bands: document.querySelectorAll('path.band').length, drawn: drawn, sums: sums,
              dark: matchMedia('(prefers-color-scheme: dark)').matches, bg: root.backgroundColor, fg: root.color,
              muted: muted ? getComputedStyle(muted).color : root.color };
            const pre = document.createElement('pre'); pre.id = 'result'; pre.textContent = JSON.stringify(r);
            document.body.appendChild(pre);
            </script>""";

    private static Path chromium;
    private static Path page;
    private static Path probe;
    private static JsonNode stats;

    @TempDir
    static Path work;

    @BeforeAll
    static void render() throws Exception {
        chromium = requireChromium();
        Files.createDirectories(SHOTS);
        // the default output: report.html in the current folder (a bare name: no parent folder)
        run(List.of(FOLLOWUP.toString(), "--home", EXAMPLES.toString(), "--as-of", AS_OF, "report"), work);
        page = work.resolve("report.html");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page))).isEqualTo("rw-------");
        stats = new ObjectMapper().readTree(run(List.of(FOLLOWUP.toString(), "--home", EXAMPLES.toString(), "--as-of",
                AS_OF, "stats", "--json"), work));
        String html = Files.readString(page);
        assertThat(html).doesNotContainIgnoringCase("<script");
        probe = work.resolve("probe.html");
        Files.writeString(probe, html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", PROBE + "</body>"));
    }

    @ParameterizedTest(name = "{0} pixels wide")
    @ValueSource(ints = {1280, 800, 700})
    void noSidewaysScrolling(int width) throws Exception {
        JsonNode r = measure(width, false);
        assertThat(r.get("scrollWidth").asInt()).as("scrollWidth at %d", width)
                .isLessThanOrEqualTo(r.get("clientWidth").asInt());
        assertThat(r.get("widest").asDouble()).as("the rightmost edge at %d", width)
                .isLessThanOrEqualTo(r.get("clientWidth").asDouble() + 0.5);
        screenshot(page, width, false, "report-" + width + ".png");
    }

    @Test
    void theBandsAddUpToTheStatsCounts() throws Exception {
        JsonNode r = measure(1280, false);
        JsonNode funnel = stats.get("funnel");
        JsonNode sums = r.get("sums");
        assertThat(sums.get("applied").asInt()).isEqualTo(funnel.get("applications").asInt()).isEqualTo(11);
        assertThat(sums.get("interviewed").asInt()).isEqualTo(funnel.get("interviewed").get("count").asInt());
        assertThat(sums.get("offer").asInt()).isEqualTo(funnel.get("offer").get("count").asInt());
        assertThat(r.get("drawn").asInt()).as("every band drawn").isEqualTo(r.get("bands").asInt()).isPositive();
    }

    @Test
    void theDarkSchemeIsReadable() throws Exception {
        JsonNode r = measure(1280, true);
        assertThat(r.get("dark").asBoolean()).as("the browser asked for dark").isTrue();
        double[] bg = rgb(r.get("bg").asText());
        assertThat(luminance(bg)).as("a dark background").isLessThan(0.1);
        assertThat(contrast(rgb(r.get("fg").asText()), bg)).as("text").isGreaterThanOrEqualTo(7);
        assertThat(contrast(rgb(r.get("muted").asText()), bg)).as("muted text").isGreaterThanOrEqualTo(4.5);
        screenshot(page, 1280, true, "report-1280-dark.png");
    }

    @Test
    void printsToPdf() throws Exception {
        Path pdf = SHOTS.resolve("report-print.pdf");
        Files.deleteIfExists(pdf);
        browser(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf), page, 800, false);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertThat(count).as("pages").isBetween(1, 6);
    }

    private static JsonNode measure(int width, boolean dark) throws Exception {
        String dom = browser(List.of("--virtual-time-budget=5000", "--dump-dom"), probe, width, dark);
        Matcher m = RESULT.matcher(dom);
        if (!m.find()) {
            fail("the probe reported nothing:\n" + dom.substring(0, Math.min(2000, dom.length())));
        }
        return new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
    }

    private static void screenshot(Path file, int width, boolean dark, String name) throws Exception {
        Path shot = SHOTS.resolve(name);
        Files.deleteIfExists(shot);
        browser(List.of("--hide-scrollbars", "--screenshot=" + shot), file, width, dark);
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    /** Runs headless Chromium on {@code file}, offline, and returns its standard output. */
    private static String browser(List<String> args, Path file, int width, boolean dark) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu",
                "--user-data-dir=" + work.resolve("profile"), "--no-first-run", "--disable-extensions",
                // offline: nothing the page could ask for would be found
                "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--window-size=" + width + ",3000"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox"); // Chromium's sandbox refuses to run as root
        }
        if (dark) {
            command.add("--force-dark-mode");
            command.add("--blink-settings=preferredColorScheme=0");
        }
        command.addAll(args);
        command.add(file.toUri().toString());
        return run(command, work);
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path err = Files.createTempFile(work, "err", ".txt");
        Path out = Files.createTempFile(work, "out", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        assertThat(p.exitValue()).as("%s\n%s", command, Files.readString(err)).isZero();
        return Files.readString(out);
    }

    /**
     * Chromium on the PATH; a missing one skips the test with a notice, except in CI (CI set, where
     * .ci/run installs it), where it fails.
     */
    private static Path requireChromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        String notice = "chromium is not installed, so the report is NOT tested in a browser here "
                + "(apt-get install chromium fonts-dejavu-core; .ci/run installs it)";
        if (System.getenv("CI") != null) {
            fail(notice);
        }
        System.err.println("NOTICE: " + notice);
        Assumptions.assumeTrue(false, notice);
        return null;
    }

    private static double[] rgb(String css) {
        Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(css);
        assertThat(m.find()).as(css).isTrue();
        return new double[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    /** WCAG relative luminance. */
    private static double luminance(double[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            l[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    private static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
