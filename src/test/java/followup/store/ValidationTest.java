package followup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal names the line and column and never repeats what the file says. */
class ValidationTest {

    private static final String CANARY = "CANARY7";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file                 | ''                                                           | 1 | 1  | empty
            list at the root           | '- CANARY7\\n'                                               | 1 | 1  | must be a mapping
            no company                 | 'role: CANARY7\\n'                                           | 1 | 1  | 'company' is missing
            anchor                     | 'company: &a CANARY7\\nrole: *a\\n'                          | 1 | 10 | anchors
            alias to nothing           | 'company: X\\nrole: *CANARY7\\n'                             | 2 | 7  | aliases
            tag                        | 'company: !!str CANARY7\\n'                                  | 1 | 10 | tags
            class tag                  | 'company: !!javax.script.ScriptEngineManager [CANARY7]\\n'    | 1 | 10 | tags
            merge key                  | 'company: X\\n<<: {role: CANARY7}\\n'                        | 2 | 1  | merge keys
            duplicate top key          | 'company: X\\ncompany: CANARY7\\n'                           | 2 | 1  | duplicate key 'company' (first at line 1)
            duplicate nested key       | 'company: X\\nlog:\\n  - date: 2026-11-20\\n    date: 2026-11-21\\n' | 4 | 5 | duplicate key 'date'
            duplicate unknown key      | 'company: X\\nCANARY7: 1\\nCANARY7: 2\\n'                    | 3 | 1  | duplicate key (first at line 2)
            bad date                   | 'company: X\\napplied: 2026-13-45\\n'                        | 2 | 10 | not a real date
            date in words              | 'company: X\\ndecision-by: CANARY7\\n'                       | 2 | 14 | must be a date like 2026-11-27
            bad status                 | 'company: X\\nstatus: CANARY7\\n'                            | 2 | 9  | 'status' must be one of
            unknown event              | 'company: X\\nlog:\\n  - date: 2026-11-20\\n    event: CANARY7\\n' | 4 | 12 | unknown event
            log entry without date     | 'company: X\\nlog:\\n  - event: thanks\\n'                   | 3 | 5  | needs a 'date'
            log is a mapping           | 'company: X\\nlog: {a: CANARY7}\\n'                          | 2 | 6  | must be a list
            company is a list          | 'company: [CANARY7]\\n'                                      | 1 | 10 | must be a single value
            bad time                   | 'company: X\\ninterviews:\\n  - date: 2026-11-20\\n    time: 25:99\\n' | 4 | 11 | not a real time
            tab indentation            | 'company: X\\nlog:\\n\\t- date: CANARY7\\n'                  | 3 | 1  | tab
            unclosed quote             | 'company: "CANARY7\\n'                                       | 2 | 1  | quoted
            two documents              | 'company: X\\n---\\ncompany: CANARY7\\n'                     | 2 | 1  | only one YAML document
            NUL character              | 'company: X\\u0000CANARY7\\n'                                | 1 | 11 | not allowed in YAML (U+0000)
            lone surrogate escape      | 'company: "\\\\uD800CANARY7"\\n'                             | 1 | 10 | lone surrogate
            """)
    void refusedWithLineColumnAndNoContent(String name, String yaml, int line, int column, String message) {
        String text = yaml.replace("\\n", "\n").replace("\\t", "\t").replace("\\u0000", "\u0000").replace("\\\\", "\\");
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
                () -> Store.parse("x", text.getBytes(StandardCharsets.UTF_8), "applications/x.yaml"));
        assertThat(e).as(name).isNotNull();
        Problem p = e.problem();
        assertThat(p.message()).contains(message).doesNotContain(CANARY);
        assertThat(p.toString()).startsWith("applications/x.yaml:" + line + ":" + column + ": ");
    }

    @org.junit.jupiter.api.Test
    void invalidUtf8IsNamedAtItsLine() {
        byte[] bytes = "company: X\nrole: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
                () -> Store.parse("x", bytes, "x.yaml"));
        assertThat(e.problem().toString()).isEqualTo("x.yaml:2:10: is not valid UTF-8 text (save it as UTF-8)");
    }

    @org.junit.jupiter.api.Test
    void yamlOneOneTrapsAreReadAsTheirText() throws Exception {
        var app = Store.parse("x", """
                company: NO
                role: 0123
                source: 1.10
                anchor: on
                interviews:
                  - date: 2026-11-20
                    time: 14:00
                """.getBytes(StandardCharsets.UTF_8), "x.yaml");
        assertThat(app.company()).isEqualTo("NO");
        assertThat(app.role()).isEqualTo("0123");
        assertThat(app.source()).isEqualTo("1.10");
        assertThat(app.anchor()).isEqualTo("on");
        assertThat(app.interviews().get(0).time()).hasToString("14:00");
    }
}
