package followup.draft;

import java.util.Objects;

/**
 * A template's source and the name that identifies it in messages: the file's path for a user
 * template, {@code "built-in thanks"} for a built-in one.
 */
public record TemplateText(String name, String text) {

    public TemplateText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
