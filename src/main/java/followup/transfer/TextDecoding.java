package followup.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an exported file. UTF-8 (with or without the byte-order mark Excel writes) is read
 * as such; a file that is not valid UTF-8 is read as Windows-1252, what Excel on Windows saves as
 * "CSV" (and a superset of Latin-1 for letters), when every byte is a character there. A file in
 * UTF-16 ("Unicode text") or with bytes no encoding here explains is refused: never mojibake.
 */
public final class TextDecoding {

    /** The text, and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
        public boolean utf8() {
            return encoding.equals("UTF-8");
        }
    }

    /** The file cannot be read as text; the message says what to do. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes) throws Unreadable {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new Unreadable("is UTF-16 text (\"Unicode text\"); save it as \"CSV UTF-8\" and import that");
        }
        int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new Unreadable("is not a text file (it holds NUL bytes); export it as CSV");
            }
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, from), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            if (from == 3) {
                throw new Unreadable("starts as UTF-8 but is not valid UTF-8; save it again as \"CSV UTF-8\"");
            }
        }
        try {
            return new Decoded(strict(WINDOWS_1252, bytes, 0), "Windows-1252");
        } catch (CharacterCodingException e) {
            throw new Unreadable("is neither UTF-8 nor Windows-1252 text; save it as \"CSV UTF-8\" and import that");
        }
    }

    private static String strict(Charset charset, byte[] bytes, int from) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
    }
}
