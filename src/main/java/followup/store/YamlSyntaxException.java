package followup.store;

/** A problem at a 0-based position of a YAML text; the message names no content of the text. */
public final class YamlSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;

    YamlSyntaxException(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    YamlSyntaxException(YamlNode node, String message) {
        this(node.start().line(), node.start().column(), message);
    }
}
