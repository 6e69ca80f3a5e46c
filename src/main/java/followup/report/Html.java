package followup.report;

/**
 * The page as it is written: text escaped on the way in, so a company called {@code <script>}
 * prints as those eight characters and never becomes markup, in an element or an attribute.
 */
final class Html {

    private final StringBuilder sb = new StringBuilder(16_384);

    /** {@code text} with {@code & < > " '} as entities: safe in element content and quoted attributes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters have no place in a page (and some are invalid in XML/SVG)
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Markup written by this package, as is. */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Text from the user's files or the stats, escaped. */
    Html text(String text) {
        sb.append(escape(text));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}, the text escaped; no class attribute when {@code cls} is null. */
    Html element(String tag, String cls, String text) {
        sb.append('<').append(tag);
        if (cls != null) {
            sb.append(" class=\"").append(cls).append('"');
        }
        sb.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** A number in SVG coordinates: at most one decimal, no exponent. */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Long.toString(tenths / 10) + "." + Math.abs(tenths % 10);
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
