package followup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import followup.cache.AnswerCache;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code today} read without picocli reads each of its options as picocli does, and its kept
 * answer is keyed on every option it has and every global option given: one added later is in the
 * key without anyone adding it, or fails here.
 */
class TodayCommandTest {

    private static final Environment ENV = new Environment(Map.of("FOLLOWUP_HOME", "/nowhere"),
            () -> LocalDate.of(2026, 11, 23), false, false, 0, () -> null, (c, f) -> 0);

    @TempDir
    Path temp;

    private static RootCommand root() {
        return new RootCommand(ENV, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    private static TodayCommand today(RootCommand root) {
        TodayCommand t = new TodayCommand();
        t.parent(root);
        return t;
    }

    private AnswerCache.Fingerprint key(TodayCommand t) {
        return new AnswerCache(temp, "test", "build", () -> 0).fingerprint(t.key());
    }

    private static List<Field> options() {
        return Arrays.stream(TodayCommand.class.getDeclaredFields()).filter(f -> f.isAnnotationPresent(Option.class))
                .toList();
    }

    /** A value other than {@code v} for a field of this type. */
    private static Object another(Class<?> type, Object v) {
        if (type == boolean.class) {
            return !(Boolean) v;
        }
        if (type == int.class) {
            return (Integer) v + 1;
        }
        if (type == String.class) {
            return v + "x";
        }
        throw new AssertionError("TodayCommandTest has no other value of " + type + " yet: add one");
    }

    @Test
    void everyOptionOfTodayIsInTheKeyOfItsKeptAnswer() throws Exception {
        assertThat(options()).extracting(Field::getName).contains("days", "json", "quiet");
        AnswerCache.Fingerprint plain = key(today(root()));
        assertThat(key(today(root())).sameAs(plain)).as("the same options, the same key").isTrue();
        for (Field f : options()) {
            TodayCommand changed = today(root());
            f.setAccessible(true);
            f.set(changed, another(f.getType(), f.get(changed)));
            assertThat(key(changed).sameAs(plain)).as(f.getName()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(GlobalOption.class)
    void everyGlobalOptionGivenIsInTheKeyToo(GlobalOption option) {
        if (option.standard()) {
            return; // help and version are answered before any command runs
        }
        AnswerCache.Fingerprint plain = key(today(root()));
        RootCommand with = root();
        List<String> given = GlobalOptionTest.given(option);
        with.set(option, option.value(given.size() > 1 ? given.get(1) : null));
        assertThat(key(today(with)).sameAs(plain)).isFalse();
    }

    @Test
    void whatTheRunTookFromItsSurroundingsIsInTheKey() {
        AnswerCache.Fingerprint plain = key(today(root()));
        for (Environment other : List.of(
                new Environment(Map.of("FOLLOWUP_HOME", "/nowhere"), () -> LocalDate.of(2026, 11, 24), false, false, 0,
                        () -> null, (c, f) -> 0),
                new Environment(Map.of("FOLLOWUP_HOME", "/elsewhere"), () -> LocalDate.of(2026, 11, 23), false, false, 0,
                        () -> null, (c, f) -> 0),
                new Environment(Map.of("FOLLOWUP_HOME", "/nowhere"), () -> LocalDate.of(2026, 11, 23), true, true, 90,
                        () -> null, (c, f) -> 0),
                new Environment(Map.of("FOLLOWUP_HOME", "/nowhere", "FOLLOWUP_DEBUG", "1"), () -> LocalDate.of(2026, 11, 23),
                        false, false, 0, () -> null, (c, f) -> 0))) {
            RootCommand root = new RootCommand(other, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            assertThat(key(today(root)).sameAs(plain)).as(other.toString()).isFalse();
        }
    }

    @Test
    void theQuickReadingSetsEachOptionAsPicocliDoes() {
        CommandLine.Model.CommandSpec spec = Cli.commandLine(ENV, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().get("today").getCommandSpec();
        int own = 0;
        for (OptionSpec o : spec.options()) {
            if (o.inherited() || o.usageHelp() || o.versionHelp()) {
                continue;
            }
            own++;
            String name = o.longestName();
            String value = o.arity().max() == 0 ? null : "3";
            TodayCommand quick = new TodayCommand();
            if (value == null) {
                assertThat(new TodayCommand().option(name, "true")).as(name + "=true").isFalse();
            } else {
                assertThat(new TodayCommand().option(name, null)).as(name + " without its value").isFalse();
            }
            assertThat(quick.option(name, value)).as(name).isTrue();

            CommandLine tree = Cli.commandLine(ENV, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            tree.parseArgs(value == null ? new String[] {"today", name} : new String[] {"today", name, value});
            TodayCommand picocli = tree.getSubcommands().get("today").getCommand();
            assertThat(quick.options()).as(name).isEqualTo(picocli.options()).isNotEqualTo(new TodayCommand().options());
        }
        assertThat(own).isEqualTo(options().size());
    }
}
