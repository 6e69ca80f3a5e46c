package followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code FOLLOWUP_TRACE=1} times each phase of {@code today} on stderr, through the real wiring
 * ({@link Main}, as the launcher runs it): the trace is made from the run's environment, and
 * without the variable a run prints no trace at all, and the same answer either way.
 */
class TraceTest {

    private static final String LINE = "followup: trace: ";

    @TempDir
    Path temp;
    Map<String, String> variables;

    @BeforeEach
    void home() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home/applications")).getParent();
        Files.writeString(home.resolve("applications/acme.yaml"), """
                company: Acme
                status: interviewing
                interviews:
                  - date: 2026-11-20
                    with: [Jane Doe]
                log: []
                """);
        variables = new HashMap<>(Map.of("FOLLOWUP_HOME", home.toString(), "HOME", temp.resolve("user").toString()));
    }

    private record Ran(int code, String out, String err) {
    }

    private Ran today() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(Map.copyOf(variables), () -> LocalDate.of(2026, 11, 23), out, err, "today");
        return new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachPhaseOfTodayPrintsItsTimeOnStderr() {
        variables.put("FOLLOWUP_TRACE", "1");
        Ran traced = today();
        assertThat(traced.code()).isZero();
        assertThat(traced.out()).contains("Acme");
        List<String> lines = traced.err().lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).matches(LINE + "[a-z ,()]+ \\d+\\.\\d ms"));
        // from the entry point, through the command and the store, to the output
        assertThat(lines.stream().map(l -> l.substring(LINE.length()).replaceAll(" [0-9.]+ ms$", "")))
                .containsSubsequence("main (streams, environment)", "arguments", "fingerprint", "find", "store",
                        "list files", "read index", "check files against index", "date and config", "playbook",
                        "print");
    }

    @Test
    void withoutTheVariableNothingIsTraced() {
        Ran plain = today();
        assertThat(plain.code()).isZero();
        assertThat(plain.err()).isEmpty();
        variables.put("FOLLOWUP_TRACE", "1");
        assertThat(today().out()).isEqualTo(plain.out());
        variables.put("FOLLOWUP_TRACE", "yes");
        assertThat(today().err()).doesNotContain("trace");
    }
}
