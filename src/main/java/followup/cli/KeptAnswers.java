package followup.cli;

import followup.Trace;
import followup.store.AnswerCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A command that only reads, run through its kept answer ({@link AnswerCache}): the answer kept
 * for the same fingerprint is printed as it is; otherwise the command runs, into buffers when
 * there is a fingerprint to keep its answer under, straight out when there is none.
 */
final class KeptAnswers {

    /** The command itself: prints its answer to {@code out} and {@code err}, returns its exit code. */
    interface Work {
        int run(PrintWriter out, PrintWriter err) throws IOException;
    }

    private KeptAnswers() {
    }

    /**
     * @param answers     where answers are kept; unused when {@code fingerprint} is null
     * @param fingerprint what the answer depends on, or null (nothing may be kept)
     * @param sizeHint    about how many bytes the answer is (buffers grown by copying would show
     *                    in the peak memory of a big answer)
     */
    static int run(AnswerCache answers, AnswerCache.Fingerprint fingerprint, int sizeHint, PrintWriter out,
            PrintWriter err, Work work) throws IOException {
        AnswerCache.Answer kept = fingerprint == null ? null : answers.find(fingerprint);
        Trace.mark("find");
        if (kept == null) {
            if (fingerprint == null) {
                return work.run(out, err);
            }
            ByteArrayOutputStream o = new ByteArrayOutputStream(Math.max(8192, sizeHint));
            ByteArrayOutputStream e = new ByteArrayOutputStream(256);
            PrintWriter po = new Utf8Writer(o, false);
            PrintWriter pe = new Utf8Writer(e, false);
            int code = work.run(po, pe);
            po.flush();
            pe.flush();
            kept = new AnswerCache.Answer(o.toByteArray(), e.toByteArray(), code);
            answers.keep(fingerprint, kept);
        }
        Utf8Writer.printUtf8(out, kept.out());
        Utf8Writer.printUtf8(err, kept.err());
        return kept.code();
    }
}
