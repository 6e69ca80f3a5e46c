package followup.sync;

import followup.store.ApplicationCodec;
import followup.store.AtomicFiles;
import followup.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * git's merge driver at the level of files, what {@code followup merge-file %O %A %B %P} runs:
 * reads the three copies, merges them field by field ({@link ApplicationMerge}) and writes the
 * result into OURS. A file that cannot be merged that way (not UTF-8 text, too large, not an
 * application's YAML, or a bug in the merge) is merged line by line by git, which leaves
 * conflict markers; with no git at all, both sides whole between markers. Never keeps one side
 * silently.
 */
public final class MergeDriver {

    private final Programs programs;
    private final Map<String, String> variables;
    private final PrintWriter err;

    /**
     * @param programs how to start {@code git merge-file} for the line merge
     * @param err where the driver says what it did (git shows it to the user)
     */
    public MergeDriver(Programs programs, Map<String, String> variables, PrintWriter err) {
        this.programs = programs;
        this.variables = variables;
        this.err = err;
    }

    /**
     * Merges THEIRS into OURS, both changed from BASE, and writes the result to OURS.
     *
     * @param path the file's path in the repository, for messages; null to name OURS
     * @return true when the merge is clean, false when a conflict is left for the user
     */
    public boolean merge(Path base, Path ours, Path theirs, String path) throws IOException, InterruptedException {
        ours = ours.toAbsolutePath(); // git names files relative to the work tree, which is our folder
        String shown = path != null ? path : ours.toString();
        String b = text(base);
        String o = text(ours);
        String t = text(theirs);
        if (b == null || o == null || t == null) {
            err.println(shown + ": not UTF-8 text of at most 1 MiB; merging it line by line");
            return lineMerge(base, ours, theirs);
        }
        ApplicationMerge.Result result;
        try {
            result = ApplicationMerge.merge(b, o, t);
        } catch (ApplicationMerge.NotMergeable e) {
            err.println(shown + ": cannot merge it field by field (" + e.getMessage() + "); merging it line by line");
            return lineMerge(base, ours, theirs);
        } catch (RuntimeException e) {
            // a bug here must not leave git with only our side: git's line merge keeps both
            err.println(shown + ": internal error in the field-by-field merge (" + e + "); merging it line by line");
            return lineMerge(base, ours, theirs);
        }
        AtomicFiles.replace(ours, result.text().getBytes(StandardCharsets.UTF_8));
        if (result.clean()) {
            return true;
        }
        err.println(shown + ": both copies changed " + String.join(", ", result.conflicts().stream()
                .map(k -> "'" + k + "'").toList()) + " differently; this copy's value is kept and the other's "
                + "is recorded under '" + ApplicationCodec.CONFLICT_KEY + "' ('followup check' shows where)");
        return false;
    }

    /** The file as strict UTF-8 text, or null when it is not that or larger than the store allows. */
    private static String text(Path file) throws IOException {
        if (Files.size(file) > Store.MAX_SIZE) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** git's own line merge, leaving conflict markers that 'followup check' names; true when clean. */
    private boolean lineMerge(Path base, Path ours, Path theirs) throws IOException, InterruptedException {
        List<String> command = List.of("git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs",
                ours.toString(), base.toString(), theirs.toString());
        try {
            Programs.Captured result = programs.captured(command, variables);
            err.print(result.output());
            return result.code() == 0;
        } catch (IOException e) {
            // no git to merge lines: both sides whole, between markers
            ByteArrayOutputStream both = new ByteArrayOutputStream();
            both.writeBytes("<<<<<<< ours\n".getBytes(StandardCharsets.UTF_8));
            both.writeBytes(withBreak(Files.readAllBytes(ours)));
            both.writeBytes("=======\n".getBytes(StandardCharsets.UTF_8));
            both.writeBytes(withBreak(Files.readAllBytes(theirs)));
            both.writeBytes(">>>>>>> theirs\n".getBytes(StandardCharsets.UTF_8));
            AtomicFiles.replace(ours, both.toByteArray());
            return false;
        }
    }

    private static byte[] withBreak(byte[] b) {
        if (b.length == 0 || b[b.length - 1] == '\n') {
            return b;
        }
        byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
        out[b.length] = '\n';
        return out;
    }
}
