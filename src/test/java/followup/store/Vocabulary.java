package followup.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words followup's own messages are made of: every word of every string literal in the store
 * and model sources. A message with any other word in it repeats something from the file it
 * describes, which SPEC §8 forbids (cron mails whatever is printed). Read from the sources so it
 * follows every new message without a list to keep in step.
 */
final class Vocabulary {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern CODE_POINT = Pattern.compile("U\\+[0-9A-F]{4,6}");
    private static final Set<String> WORDS = load();

    private Vocabulary() {
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String folder : List.of("src/main/java/followup/store", "src/main/java/followup/model")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.toList()) {
                    Matcher m = LITERAL.matcher(Files.readString(f));
                    while (m.find()) {
                        words(m.group(1).replace("\\n", " ").replace("\\t", " "), words);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // the names of statuses and events are spelled out by the enums, not written as literals
        words(followup.model.Status.names() + " " + followup.model.EventType.names(), words);
        return words;
    }

    private static void words(String text, Set<String> into) {
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            into.add(w.group().toLowerCase(Locale.ROOT));
        }
    }

    /** The words of {@code message} that no followup message contains: numbers and U+XXXX aside. */
    static Set<String> foreign(String message) {
        Set<String> found = new HashSet<>();
        words(CODE_POINT.matcher(message).replaceAll(" "), found);
        found.removeIf(w -> WORDS.contains(w) || w.chars().allMatch(Character::isDigit));
        return found;
    }
}
