package followup.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four kinds of PATH, the mbox's From_ lines and escaping, and the 10 MiB limit. */
class MailSourcesTest {

    @TempDir
    Path temp;

    private static List<MailSources.Raw> read(Path path) throws Exception {
        List<MailSources.Raw> out = new ArrayList<>();
        MailSources.read(path, MailSources.kind(path), out::add);
        return out;
    }

    private static String lf(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    }

    @Test
    void tellsTheFourKindsApart() throws Exception {
        Path eml = Files.write(temp.resolve("one.eml"), Corpus.bytes("acme-03-quotes-rejection.eml"));
        assertThat(MailSources.kind(eml)).isEqualTo(MailSources.Kind.EML);
        assertThat(MailSources.kind(Corpus.folder(temp.resolve("folder")))).isEqualTo(MailSources.Kind.EML_FOLDER);
        assertThat(MailSources.kind(Corpus.mbox(temp.resolve("mail.mbox")))).isEqualTo(MailSources.Kind.MBOX);
        assertThat(MailSources.kind(Corpus.maildir(temp.resolve("Maildir")))).isEqualTo(MailSources.Kind.MAILDIR);
    }

    @Test
    void refusesWhatIsNoneOfThemNamingOnlyThePath() throws Exception {
        assertThatThrownBy(() -> MailSources.kind(temp.resolve("nowhere"))).hasMessage(temp.resolve("nowhere") + ": no such file or folder");
        Path empty = Files.createDirectory(temp.resolve("empty"));
        assertThatThrownBy(() -> MailSources.kind(empty)).hasMessageContaining("not a Maildir (no cur/ and new/) and no .eml files");
        Path fifo = temp.resolve("pipe.eml");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        // never opened: reading a FIFO nobody writes would wait for ever
        assertThatThrownBy(() -> MailSources.kind(fifo)).hasMessage(fifo + ": not a regular file");
    }

    @Test
    void aFolderGivesItsEmlFilesInNameOrder() throws Exception {
        Path dir = Corpus.folder(temp.resolve("folder"));
        Files.writeString(dir.resolve("notes.txt"), "not mail");
        List<MailSources.Raw> raws = read(dir);
        assertThat(raws).extracting(MailSources.Raw::where)
                .containsExactlyElementsOf(Corpus.FILES.stream().map(f -> dir.resolve(f).toString()).toList());
    }

    @Test
    void anMboxIsSplitAtItsFromLinesWithItsEscapingUndone() throws Exception {
        Path mbox = Corpus.mbox(temp.resolve("mail.mbox"));
        List<MailSources.Raw> raws = read(mbox);
        assertThat(raws).hasSize(Corpus.FILES.size());
        byte[] all = Files.readAllBytes(mbox);
        for (int i = 0; i < raws.size(); i++) {
            MailSources.Raw r = raws.get(i);
            String original = lf(Corpus.bytes(Corpus.FILES.get(i)));
            assertThat(lf(r.bytes())).as(Corpus.FILES.get(i)).isEqualTo(original.endsWith("\n") ? original : original + "\n");
            // PATH:offset names the byte where the message's From_ line starts
            int offset = Integer.parseInt(r.where().substring(r.where().lastIndexOf(':') + 1));
            assertThat(r.where()).startsWith(mbox + ":");
            assertThat(new String(all, offset, 5, StandardCharsets.ISO_8859_1)).isEqualTo("From ");
        }
        assertThat(lf(raws.get(0).bytes())).contains("\nFrom the moment I arrived", "\n>From a line that starts");
    }

    @Test
    void aBodyLineStartingWithFromAfterAnEmptyLineIsNotASeparatorUnlessItLooksLikeOne() throws Exception {
        Path mbox = Files.writeString(temp.resolve("o.mbox"), """
                From jane@acme.example Tue Nov 24 09:00:00 2026
                From: jane@acme.example
                Subject: one

                Hello.

                From what I hear, you did well.

                From alex@example.org Wed Nov 25 10:00:00 2026
                From: alex@example.org
                Subject: two

                Bye.
                """);
        List<MailSources.Raw> raws = read(mbox);
        assertThat(raws).hasSize(2);
        assertThat(lf(raws.get(0).bytes())).endsWith("From what I hear, you did well.\n");
    }

    @Test
    void aMaildirGivesCurThenNewWithoutHiddenFilesOrTmp() throws Exception {
        Path dir = Corpus.maildir(temp.resolve("Maildir"));
        Files.writeString(dir.resolve("tmp").resolve("half-written"), "From: x");
        List<MailSources.Raw> raws = read(dir);
        assertThat(raws).hasSize(Corpus.FILES.size());
        assertThat(raws).extracting(MailSources.Raw::where).allMatch(w -> w.contains("/cur/") || w.contains("/new/"))
                .noneMatch(w -> w.contains(".hidden") || w.contains("/Maildir/tmp/"));
    }

    @Test
    void aMessageOver10MiBIsNamedAndSkippedAndTheOthersAreRead() throws Exception {
        // an .eml file: refused by its size, never read
        Path big = temp.resolve("big.eml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write("From: a@b.example\nSubject: big\n\n".getBytes(StandardCharsets.US_ASCII));
            f.setLength(11L * 1024 * 1024);
        }
        assertThat(read(big)).singleElement().satisfies(r -> {
            assertThat(r.bytes()).isNull();
            assertThat(r.skipped()).isEqualTo("larger than 10 MiB (11 MiB)");
        });
        // in an mbox: that message alone, named by its offset
        Path mbox = temp.resolve("big.mbox");
        byte[] first = "From a Tue Nov 24 09:00:00 2026\nFrom: a@b.example\nSubject: small\n\nHi.\n\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(mbox)) {
            out.write(first);
            out.write("From b Tue Nov 24 10:00:00 2026\nFrom: b@b.example\nSubject: huge\n\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = new byte[1000];
            Arrays.fill(line, (byte) 'x');
            line[999] = '\n';
            for (int i = 0; i < 11 * 1024; i++) {
                out.write(line);
            }
            out.write("\nFrom c Tue Nov 24 11:00:00 2026\nFrom: c@b.example\nSubject: after\n\nBye.\n".getBytes(StandardCharsets.US_ASCII));
        }
        List<MailSources.Raw> raws = read(mbox);
        assertThat(raws).hasSize(3);
        assertThat(raws.get(1).where()).isEqualTo(mbox + ":" + first.length);
        assertThat(raws.get(1).skipped()).startsWith("larger than 10 MiB");
        assertThat(lf(raws.get(2).bytes())).contains("Subject: after");
    }
}
