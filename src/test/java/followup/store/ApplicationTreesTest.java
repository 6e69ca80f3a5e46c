package followup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followup.model.Application;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as trees (export --json) and trees back to files (import of it): the same tree both ways. */
class ApplicationTreesTest {

    @TempDir
    Path home;

    private static final String RICH = """
            # a comment (comments do not travel)
            company: Rich Co
            role: "Staff: Engineer"
            url: https://rich.example/jobs/1?ref=a&b=c#top
            applied: 2026-11-02
            contacts:
              - name: Jane Doe
                phone: "+1 555 0100"
                address: |
                  1 Main St
                  Springfield
              - Bob Plain
            interviews:
              - date: 2026-11-20
                time: "14:00"
                with: [Jane Doe, "Smith, John"]
            salary: 120000
            remote: yes
            empty:
            quoted-null: "null"
            nested: {deep: [1, 2, {x: y}], none: [], map: {}}
            notes: |
              free text
                indented more

              after blank
            log:
              - date: 2026-11-21
                event: thanks
                message-id: <abc@mail>
            """;

    @Test
    void aFileReadAsATreeIsWrittenBackAsTheSameTreeEveryKeyKept() throws Exception {
        Files.createDirectories(home.resolve("applications"));
        Files.writeString(home.resolve("applications/rich.yaml"), RICH);
        ApplicationTrees.Loaded loaded = ApplicationTrees.loadAll(new Store(home));
        assertThat(loaded.problems()).isEmpty();
        Map<String, Object> fields = loaded.trees().get(0).fields();
        assertThat(fields.keySet()).containsExactly("company", "role", "url", "applied", "contacts", "interviews",
                "salary", "remote", "empty", "quoted-null", "nested", "notes", "log");
        assertThat(fields).containsEntry("salary", "120000").containsEntry("remote", "yes").containsEntry("empty", null)
                .containsEntry("quoted-null", "null");

        String text = ApplicationTrees.render("rich", fields);
        assertThat(text).doesNotContain("comment").contains("applied: 2026-11-02\n",
                "url: https://rich.example/jobs/1?ref=a&b=c#top\n", "notes: |\n  free text\n    indented more\n\n  after blank\n");
        Files.writeString(home.resolve("applications/rich.yaml"), text);
        assertThat(ApplicationTrees.same(ApplicationTrees.loadAll(new Store(home)).trees().get(0).fields(), fields)).isTrue();
        Application a = new Store(home).load("rich");
        assertThat(a.url()).isEqualTo("https://rich.example/jobs/1?ref=a&b=c#top");
    }

    @Test
    void aTreeTheStoreWouldRefuseIsRefusedWithTheStoresReason() {
        Map<String, Object> noCompany = new LinkedHashMap<>();
        noCompany.put("role", "Engineer");
        assertThatThrownBy(() -> ApplicationTrees.render("x", noCompany)).hasMessageContaining("'company' is missing");
        Map<String, Object> badDate = new LinkedHashMap<>();
        badDate.put("company", "Acme");
        badDate.put("applied", "2026-02-30");
        assertThatThrownBy(() -> ApplicationTrees.render("x", badDate)).hasMessageContaining("not a real date");
        Map<String, Object> huge = new LinkedHashMap<>();
        huge.put("company", "Acme");
        huge.put("notes", "x".repeat(1_100_000));
        assertThatThrownBy(() -> ApplicationTrees.render("x", huge)).hasMessageContaining("1 MiB");
    }

    @Test
    void anUnreadableFileIsAProblemNotATree() throws Exception {
        Files.createDirectories(home.resolve("applications"));
        Files.writeString(home.resolve("applications/ok.yaml"), "company: Ok\n");
        Files.writeString(home.resolve("applications/bad.yaml"), "company: Bad\napplied: someday\n");
        ApplicationTrees.Loaded loaded = ApplicationTrees.loadAll(new Store(home));
        assertThat(loaded.trees()).extracting(ApplicationTrees.Tree::id).containsExactly("ok");
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.relative()).isEqualTo("applications/bad.yaml");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Property(tries = 300)
    void anyTreeOfTextReadsBackAsItself(@ForAll("fields") Map<String, Object> fields) throws Exception {
        String text = ApplicationTrees.render("x", fields);
        YamlNode root = YamlReader.parse(text);
        assertThat(ApplicationTrees.same(ApplicationTrees.tree(root), fields)).as(text).isTrue();
        Store.parse("x", text.getBytes(StandardCharsets.UTF_8), "x.yaml");
    }

    @Provide
    Arbitrary<Map<String, Object>> fields() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
                Arbitraries.strings().withChars('a', ' ', '\n', '#', ':', '-', '"', '\'', '\t', 'é', '|', '>', '\r')
                        .ofMaxLength(12),
                Arbitraries.of("yes", "no", "null", "~", "", "2026-11-02", "14:00", "0123", "1.10", "https://a.b/c?d=e#f",
                        "line\n", "two\nlines\n\n", "\nlead", " lead\nx", "x\n \ny"));
        Arbitrary<Object> leaf = Arbitraries.oneOf(text.map(s -> (Object) s), Arbitraries.just(null));
        Arbitrary<Object> list = leaf.list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5), leaf)
                .ofMaxSize(3).map(m -> (Object) new LinkedHashMap<>(m));
        Arbitrary<Object> value = Arbitraries.oneOf(leaf, list, map,
                map.list().ofMaxSize(2).map(l -> (Object) new ArrayList<>(l)));
        return Arbitraries.maps(Arbitraries.strings().withChars('a', 'b', '-', ' ', ':', '1').ofMinLength(1).ofMaxLength(4)
                        .filter(k -> !k.equals("company")), value).ofMaxSize(5)
                .flatMap(extra -> text.filter(s -> !s.isBlank()).map(company -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("company", company);
                    fields.putAll(extra);
                    return fields;
                }));
    }
}
