package followup.cli;

import followup.Trace;
import followup.cache.AnswerCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A command that only reads, run through its kept answer ({@link AnswerCache}): the answer kept
 * for the same fingerprint is printed as it is ({@link #printKept}); otherwise the command runs
 * ({@link #make}), into buffers when there is a fingerprint to keep its answer under, straight out
 * when there is none.
 */
final class KeptAnswers {

    /** The command itself: prints its answer to {@code out} and {@code err}, returns its exit code. */
    interface Work {
        int run(PrintWriter out, PrintWriter err) throws IOException;
    }

    private KeptAnswers() {
    }

    /**
     * Prints the answer kept for {@code fingerprint} as it is, and returns its exit code; null, and
     * nothing printed, when none is kept (or there is no fingerprint): then {@link #make} it.
     * Apart from {@link #make} so that this way, which a prompt takes over and over, links no
     * lambda (StartupIT measures it).
     */
    static Integer printKept(AnswerCache answers, AnswerCache.Fingerprint fingerprint, PrintWriter out, PrintWriter err,
            Trace trace) {
        AnswerCache.Answer kept = fingerprint == null ? null : answers.find(fingerprint);
        trace.mark("find");
        return kept == null ? null : print(kept, out, err);
    }

    /**
     * Runs the command and prints its answer: made in buffers and kept under {@code fingerprint},
     * or straight out when there is no fingerprint to keep it under.
     *
     * @param answers     where answers are kept; unused when {@code fingerprint} is null
     * @param fingerprint what the answer depends on, or null (nothing may be kept)
     * @param sizeHint    about how many bytes the answer is (buffers grown by copying would show
     *                    in the peak memory of a big answer)
     */
    static int make(AnswerCache answers, AnswerCache.Fingerprint fingerprint, int sizeHint, PrintWriter out,
            PrintWriter err, Work work) throws IOException {
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
        AnswerCache.Answer made = new AnswerCache.Answer(o.toByteArray(), e.toByteArray(), code);
        answers.keep(fingerprint, made);
        return print(made, out, err);
    }

    private static int print(AnswerCache.Answer answer, PrintWriter out, PrintWriter err) {
        Utf8Writer.printUtf8(out, answer.out());
        Utf8Writer.printUtf8(err, answer.err());
        return answer.code();
    }
}
