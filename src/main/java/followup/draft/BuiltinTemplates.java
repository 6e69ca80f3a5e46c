package followup.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The templates shipped in the jar, {@code /followup/templates/<kind>.mustache}. Every kind has
 * one; {@code followup draft --export DIR} writes them out through {@link #text(DraftKind)} so a
 * user can start an override from them.
 */
public final class BuiltinTemplates implements TemplateSource {

    /** Where the templates live on the classpath. */
    public static final String RESOURCE_FOLDER = "/followup/templates/";

    /** Always present: a missing built-in is a packaging bug, reported as such. */
    @Override
    public Optional<TemplateText> find(DraftKind kind) {
        return Optional.of(new TemplateText("built-in " + kind.id(), text(kind)));
    }

    /** The template's source text, as shipped. */
    public String text(DraftKind kind) {
        String path = RESOURCE_FOLDER + kind.id() + ".mustache";
        try (InputStream in = BuiltinTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in template missing from the jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in template " + path, e);
        }
    }
}
