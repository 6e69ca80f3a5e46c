package followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The main sources as ArchitectureTest reads them: each file with its room (the folder right under
 * {@code followup/}, or {@code followup} for the root package) and its code with comments blanked
 * out, so a rule named in a comment or javadoc is not taken for a use.
 */
final class Sources {

    static final Path ROOT = Path.of("src/main/java/followup");

    /** Comments, text blocks, strings and characters, matched from left to right. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "(?<comment>/\\*.*?\\*/|//[^\\n]*)|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'",
            Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;", Pattern.MULTILINE);

    /**
     * One source file. {@code code} keeps string literals (a purity rule also catches
     * {@code "System.out"} handed to reflection); {@code references} blanks them too, so a message
     * or a property name such as {@code "followup.today"} is not taken for a package.
     */
    record Source(String room, String name, Path path, String code, String references) {}

    private Sources() {}

    static List<String> rooms() {
        try (Stream<Path> entries = Files.list(ROOT)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Source> all() {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static Source read(Path file) throws IOException {
        Path inRoot = ROOT.relativize(file);
        String room = inRoot.getNameCount() == 1 ? "followup" : inRoot.getName(0).toString();
        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
        String text = Files.readString(file);
        StringBuilder code = new StringBuilder();
        StringBuilder references = new StringBuilder();
        Matcher m = NOT_CODE.matcher(text);
        int at = 0;
        while (m.find()) {
            code.append(text, at, m.start()).append(m.group("comment") != null ? " " : m.group());
            references.append(text, at, m.start()).append(' ');
            at = m.end();
        }
        code.append(text.substring(at));
        references.append(text.substring(at));
        return new Source(room, name, file, code.toString(),
                PACKAGE.matcher(references).replaceFirst(" "));
    }
}
