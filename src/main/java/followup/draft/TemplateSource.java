package followup.draft;

import java.util.Optional;

/**
 * Where templates come from. The drafting code never reads the disk itself: the CLI implements
 * this over {@code templates/<kind>.mustache} beside the config file, and
 * {@link BuiltinTemplates} serves the ones shipped in the jar.
 */
@FunctionalInterface
public interface TemplateSource {

    /** The template for that kind, or empty when this source has none. */
    Optional<TemplateText> find(DraftKind kind);

    /** A source with no templates: for a user who has overridden nothing. */
    static TemplateSource none() {
        return kind -> Optional.empty();
    }
}
