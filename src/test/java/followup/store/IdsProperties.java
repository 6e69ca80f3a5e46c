package followup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Ids#isValid} is written by hand for speed; it must agree with the rule as a regex. */
class IdsProperties {

    private static final Pattern RULE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Property(tries = 3000)
    void agreesWithTheRule(@ForAll("nearIds") String s) {
        assertThat(Ids.isValid(s)).as(s).isEqualTo(s.length() <= Ids.MAX_LENGTH && RULE.matcher(s).matches());
    }

    @Provide
    Arbitrary<String> nearIds() {
        // mostly the characters an id is made of, so that valid and invalid ones both come up often
        return Arbitraries.strings().withChars("ab09-").withChars("A_.é/ ").ofMinLength(0).ofMaxLength(70)
                .edgeCases(c -> c.add("-").add("a--b").add("a-").add("-a").add("a".repeat(64)).add("a".repeat(65)));
    }

    @Example
    void refusesNothingAndPaths() {
        assertThat(Ids.isValid(null)).isFalse();
        assertThat(Ids.isValid("")).isFalse();
        assertThat(Ids.isValid("../acme")).isFalse();
        assertThat(Ids.isValid("acme-corp-2")).isTrue();
    }
}
