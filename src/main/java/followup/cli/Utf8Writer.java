package followup.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * stdout or stderr: a PrintWriter that writes UTF-8 whatever the locale, and that also takes
 * bytes already in UTF-8 (a kept answer, see {@code AnswerCache}) straight to the stream, with no
 * round trip through characters.
 */
public final class Utf8Writer extends PrintWriter {

    private final OutputStream stream;

    /** @param autoFlush flush at each println (stderr: a message shows before whatever follows) */
    public Utf8Writer(OutputStream stream, boolean autoFlush) {
        super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), autoFlush);
        this.stream = stream;
    }

    /** Prints UTF-8 bytes to {@code out}: as they are to a Utf8Writer, decoded to any other writer. */
    static void printUtf8(PrintWriter out, byte[] utf8) {
        if (out instanceof Utf8Writer w) {
            w.flush();
            try {
                w.stream.write(utf8);
                w.stream.flush();
            } catch (IOException e) {
                w.setError(); // as PrintWriter does: checkError() tells
            }
        } else {
            out.print(new String(utf8, StandardCharsets.UTF_8));
        }
    }
}
