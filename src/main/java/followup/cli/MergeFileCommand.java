package followup.cli;

import followup.sync.ApplicationMerge;
import followup.store.AtomicFiles;
import followup.store.Store;
import followup.sync.Programs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * git's merge driver for application files, installed by {@code followup git init} as
 * {@code followup merge-file %O %A %B %P}. Writes the merge into OURS; exit 0 when clean, 1 when
 * a conflict is left for the user (git then stops the merge and says so).
 */
@Command(name = "merge-file", hidden = true,
        header = "git's merge driver for application files (installed by 'followup git init').",
        description = {"Merges THEIRS into OURS, both changed from BASE, field by field, and writes the "
                + "result to OURS: log entries and interviews from both sides are kept once each; a field "
                + "both sides changed differently keeps OURS and records THEIRS under 'merge-conflict' "
                + "(exit 1). Files that are not valid YAML are merged line by line by 'git merge-file'."})
final class MergeFileCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor.")
    private Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "This side's version; receives the result.")
    private Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "The other side's version.")
    private Path theirs;

    @Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "The file's path, for messages.")
    private String path;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ours = ours.toAbsolutePath(); // git names files relative to the work tree, which is our folder
        String shown = path != null ? path : ours.toString();
        String b = text(base);
        String o = text(ours);
        String t = text(theirs);
        if (b == null || o == null || t == null) {
            root.err().println(shown + ": not UTF-8 text of at most 1 MiB; merging it line by line");
            return lineMerge();
        }
        ApplicationMerge.Result result;
        try {
            result = ApplicationMerge.merge(b, o, t);
        } catch (ApplicationMerge.NotMergeable e) {
            root.err().println(shown + ": cannot merge it field by field (" + e.getMessage() + "); merging it line by line");
            return lineMerge();
        } catch (RuntimeException e) {
            // a bug here must not leave git with only our side: git's line merge keeps both
            root.err().println(shown + ": internal error in the field-by-field merge (" + e + "); merging it line by line");
            return lineMerge();
        }
        AtomicFiles.replace(ours, result.text().getBytes(StandardCharsets.UTF_8));
        if (result.clean()) {
            return Cli.OK;
        }
        root.err().println(shown + ": both copies changed " + String.join(", ", result.conflicts().stream()
                .map(k -> "'" + k + "'").toList()) + " differently; this copy's value is kept and the other's "
                + "is recorded under '" + ApplicationMerge.CONFLICT_KEY + "' ('followup check' shows where)");
        return Cli.DATA;
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

    /** git's own line merge, leaving conflict markers that 'followup check' names. */
    private int lineMerge() throws IOException, InterruptedException {
        List<String> command = List.of("git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs",
                ours.toString(), base.toString(), theirs.toString());
        try {
            Programs.Captured result = root.environment().programs().captured(command,
                    root.environment().variables());
            root.err().print(result.output());
            return result.code() == 0 ? Cli.OK : Cli.DATA;
        } catch (IOException e) {
            // no git to merge lines: both sides whole, between markers
            ByteArrayOutputStream both = new ByteArrayOutputStream();
            both.writeBytes("<<<<<<< ours\n".getBytes(StandardCharsets.UTF_8));
            both.writeBytes(withBreak(Files.readAllBytes(ours)));
            both.writeBytes("=======\n".getBytes(StandardCharsets.UTF_8));
            both.writeBytes(withBreak(Files.readAllBytes(theirs)));
            both.writeBytes(">>>>>>> theirs\n".getBytes(StandardCharsets.UTF_8));
            AtomicFiles.replace(ours, both.toByteArray());
            return Cli.DATA;
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
