package followup.text;

/** A value that goes inside a sentence, a header or a CSV cell: one line of single spaces. */
public final class OneLine {

    private OneLine() {
    }

    /**
     * {@code s} on one line: every run of whitespace (a newline, a tab, a no-break space) one space,
     * none at either end, control characters and byte-order marks dropped; "" for null. A newline
     * in a company name would otherwise split a Subject line or a CSV row.
     */
    public static String of(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (!Character.isISOControl(c) && c != '\uFEFF') {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
