package followup.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * stdout or stderr: a PrintWriter that writes UTF-8 whatever the locale, and that also takes
 * bytes already in UTF-8 (a kept answer, see {@code AnswerCache}) straight to the stream, with no
 * round trip through characters. Like any PrintWriter it never throws; unlike one, it keeps the
 * error that stopped it ({@link #failure()}), so that a run can tell a full disk (an error) from
 * a reader that closed the pipe (the quiet end of a run, SPEC §8).
 */
public final class Utf8Writer extends PrintWriter {

    private final Sink sink;

    /** @param autoFlush flush at each println (stderr: a message shows before whatever follows) */
    public Utf8Writer(OutputStream stream, boolean autoFlush) {
        this(new Sink(stream), autoFlush);
    }

    private Utf8Writer(Sink sink, boolean autoFlush) {
        super(new OutputStreamWriter(sink, StandardCharsets.UTF_8), autoFlush);
        this.sink = sink;
    }

    /** Prints UTF-8 bytes to {@code out}: as they are to a Utf8Writer, decoded to any other writer. */
    static void printUtf8(PrintWriter out, byte[] utf8) {
        if (out instanceof Utf8Writer w) {
            w.flush();
            try {
                w.sink.write(utf8, 0, utf8.length);
                w.sink.flush();
            } catch (IOException e) {
                w.setError(); // as PrintWriter does: checkError() tells
            }
        } else {
            out.print(new String(utf8, StandardCharsets.UTF_8));
        }
    }

    /** The error that stopped the output, or null while all was written. */
    IOException failure() {
        return sink.failure;
    }

    /**
     * Whether the output stopped because its reader went away ({@code followup list | head}):
     * {@code EPIPE}, whose text is "Broken pipe" in English; in another language, standard output
     * being a pipe or a socket tells, where a write fails for no other reason.
     */
    boolean readerGone() {
        IOException e = sink.failure;
        if (e == null) {
            return false;
        }
        if ("Broken pipe".equals(e.getMessage())) {
            return true;
        }
        try {
            return sink.to instanceof FileOutputStream f && f.getFD() == FileDescriptor.out
                    && pipeOrSocket(Path.of("/dev/stdout"));
        } catch (IOException ex) {
            return false;
        }
    }

    /** Whether {@code file} (through links) is a FIFO or a socket, told without opening it. */
    static boolean pipeOrSocket(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000; // S_IFMT
            return type == 0010000 || type == 0140000;
        } catch (IOException | RuntimeException e) {
            return false; // no such file, no unix view (not Unix): only the message can tell
        }
    }

    /**
     * The stream, which keeps its first error; every write after it fails at once with that same
     * error: nothing lands after a gap (a full disk that frees a block later would otherwise get
     * the end of the output without its middle), and a closed pipe costs no more system calls.
     */
    private static final class Sink extends OutputStream {
        final OutputStream to;
        IOException failure;

        Sink(OutputStream to) {
            this.to = to;
        }

        @Override
        public void write(int b) throws IOException {
            if (failure != null) {
                throw failure;
            }
            try {
                to.write(b);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure;
            }
            try {
                to.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            if (failure != null) {
                throw failure;
            }
            try {
                to.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            to.close();
        }
    }
}
