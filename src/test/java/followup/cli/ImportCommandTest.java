package followup.cli;

import static followup.cli.Run.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import followup.model.Application;
import followup.model.Status;
import followup.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup import} on the fixture exports under {@code src/test/resources/followup/transfer/}. */
class ImportCommandTest {

    @TempDir
    Path tmp;

    private Path home;
    private Path files;
    private Run run;

    @BeforeEach
    void setUp() throws IOException {
        home = tmp.resolve("home");
        files = Files.createDirectories(tmp.resolve("downloads"));
        for (String name : List.of("Job Applications.csv", "board.csv", "broken.csv", "windows-1252.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/followup/transfer/" + name)) {
                Files.copy(in, files.resolve(name));
            }
        }
        run = Run.in(home);
    }

    private String file(String name) {
        return files.resolve(name).toString();
    }

    private Application app(String id) {
        return new Store(home).load(id);
    }

    private List<String> ids() throws IOException {
        return new Store(home).ids();
    }

    @Nested
    class LinkedIn {

        @Test
        void theFixtureIsWhatLinkedInWrites() throws IOException {
            byte[] bytes = Files.readAllBytes(files.resolve("Job Applications.csv"));
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFApplication Date,Contact Email,Contact Phone Number,Company Name,"
                    + "Job Title,Job Url,Resume Name,Question And Answers\r\n").contains("Java?:8\r\nWhat is");
            assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        }

        @Test
        void keepsCompanyRoleDateUrlAndContactWithStatusAppliedAndSourceLinkedIn() throws IOException {
            Run.Result r = run.run("import", file("Job Applications.csv"));
            assertThat(r).succeeded().outIs("created 3\nalready there 1\nrefused 0\n");
            assertThat(ids()).containsExactly("acme-corp", "globex", "societe-generale");
            Application acme = app("acme-corp");
            assertThat(acme.company()).isEqualTo("Acme Corp");
            assertThat(acme.role()).isEqualTo("Backend Engineer");
            assertThat(acme.status()).isEqualTo(Status.APPLIED);
            assertThat(acme.source()).isEqualTo("LinkedIn");
            assertThat(acme.applied()).isEqualTo(LocalDate.of(2026, 8, 15));
            assertThat(acme.url()).isEqualTo("https://www.linkedin.com/jobs/view/4000000001/");
            assertThat(acme.contacts()).singleElement().satisfies(c -> {
                assertThat(c.email()).isEqualTo("jordan.lee@mail.example");
                assertThat(c.phone()).isEqualTo("+1 555 0100");
                assertThat(c.name()).isEqualTo("Jordan Lee"); // named from the address, to be edited
            });
            Application sg = app("societe-generale");
            assertThat(sg.company()).isEqualTo("Société Générale");
            assertThat(sg.role()).isEqualTo("Développeuse Java");
            assertThat(sg.contacts()).isEmpty();
        }

        @Test
        void screeningAnswersAndTheResumeNameAreNeverStoredNorPrinted() throws IOException {
            Run.Result r = run.run("import", file("Job Applications.csv"));
            Run.Result dry = Run.in(tmp.resolve("other")).run("import", "--dry-run", file("Job Applications.csv"));
            Run.Result export = run.run("export", "--json");
            Run.Result csv = run.run("export");
            for (Run.Result each : List.of(r, dry, export, csv)) {
                assertThat(each.out() + each.err()).doesNotContain("SCREENING", "expected salary", "95000",
                        "Resume", "sponsorship");
            }
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(p, StandardCharsets.ISO_8859_1);
                    assertThat(text).as(p.toString()).doesNotContain("SCREENING", "95000", "Resume", "sponsorship");
                }
            }
        }

        @Test
        void noMapEvenAsPlainCsvReadsTheAnswersOrTheResumeName() throws IOException {
            Run.Result r = run.run("import", "--format", "csv", file("Job Applications.csv"),
                    "--map", "Question And Answers=notes", "--map", "Resume Name=source");
            assertThat(r).succeeded().outContains("created 3\n");
            assertThat(r.out() + r.err()).doesNotContain("SCREENING", "Resume");
            assertThat(app("acme-corp").notes()).isNull();
            assertThat(app("acme-corp").source()).isNull();
            assertThat(app("acme-corp").applied()).isEqualTo(LocalDate.of(2026, 8, 15));
        }

        @Test
        void theUsersOwnAddressAndNumberAreNotKeptAsTheCompanysContact() throws IOException {
            Files.createDirectories(home);
            Files.writeString(home.resolve("config.yaml"), "me:\n  name: Jordan Lee\n  email: Jordan.Lee@mail.example\n"
                    + "  phone: \"+1 (555) 0100\"\n");
            assertThat(run.run("import", file("Job Applications.csv"))).succeeded();
            assertThat(app("acme-corp").contacts()).isEmpty();
        }

        @Test
        void isToldByItsHeaderAndFormatLinkedInRefusesAnyOtherFile() {
            assertThat(run.run("import", "--format", "linkedin", file("board.csv"))).exitsWith(1)
                    .errContains("board.csv: is not LinkedIn's Job Applications.csv").noStackTrace();
            assertThat(home.resolve("applications")).doesNotExist();
        }
    }

    @Nested
    class BoardExport {

        @Test
        void unusualHeadersAndStatusWordsMapToTheSpec() throws IOException {
            Run.Result r = run.run("import", file("board.csv"), "--map", "Job Board=source");
            assertThat(r).exitsWith(1).outContains("board.csv:4: status 'Wishlist' means not applied yet",
                    "created 7\nalready there 1\nrefused 1\n");
            assertThat(r.err()).contains("columns not imported: Salary").doesNotContain("Job Board");
            Application initech = app("initech");
            assertThat(initech.status()).isEqualTo(Status.INTERVIEWING); // "Phone Screen"
            assertThat(initech.role()).isEqualTo("Senior Engineer");
            assertThat(initech.applied()).isEqualTo(LocalDate.of(2026, 8, 15));
            assertThat(initech.url()).isEqualTo("https://initech.example/jobs/7");
            assertThat(initech.source()).isEqualTo("Referral");
            assertThat(initech.notes()).isEqualTo("Talked about TPS reports, \"the\" cover sheet");
            assertThat(initech.contacts()).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo("Peter Gibbons");
                assertThat(c.email()).isEqualTo("peter.gibbons@initech.example");
            });
            assertThat(app("hooli").status()).isEqualTo(Status.ACCEPTED); // "Hired"
            assertThat(app("hooli").applied()).isEqualTo(LocalDate.of(2026, 8, 20));
            assertThat(app("vandelay-industries").status()).isEqualTo(Status.CLOSED); // "Ghosted 👻"
            assertThat(app("vandelay-industries").contacts().get(0).email()).isEqualTo("art@vandelay.example");
            assertThat(app("dunder-mifflin").status()).isEqualTo(Status.CLOSED); // "No Response 🔕"
            assertThat(app("dunder-mifflin").notes()).isEqualTo("line one\nline two");
            assertThat(app("stark-industries").status()).isEqualTo(Status.REJECTED);
            // 3/4/2026 read month first because 9/14/2026 in the same file can only be
            assertThat(app("stark-industries").applied()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(app("wayne-enterprises").applied()).isEqualTo(LocalDate.of(2026, 9, 5));
            // "Umbrella  Corp / Data Engineer" is the row above it, spaced and cased differently
            assertThat(ids()).contains("umbrella-corp").doesNotContain("umbrella-corp-2", "pied-piper");
        }

        @Test
        void importingTwiceCreatesNothingTheSecondTime() throws IOException {
            assertThat(run.run("import", file("board.csv"), file("Job Applications.csv"))).exitsWith(1)
                    .outContains("created 10\nalready there 2\n");
            List<String> before = ids();
            byte[] acme = Files.readAllBytes(home.resolve("applications/acme-corp.yaml"));
            assertThat(run.run("import", file("board.csv"), file("Job Applications.csv"))).exitsWith(1)
                    .outContains("created 0\nalready there 12\nrefused 1\n");
            assertThat(ids()).isEqualTo(before);
            assertThat(Files.readAllBytes(home.resolve("applications/acme-corp.yaml"))).isEqualTo(acme);
        }

        @Test
        void theSamePostingUrlIsAlreadyThereWhateverTheRole() throws IOException {
            Files.createDirectories(home.resolve("applications"));
            Files.writeString(home.resolve("applications/acme.yaml"),
                    "company: ACME corp.\nurl: http://linkedin.com/jobs/view/4000000001\n");
            assertThat(run.run("import", file("Job Applications.csv"))).succeeded()
                    .outIs("created 2\nalready there 2\nrefused 0\n");
            assertThat(ids()).containsExactly("acme", "globex", "societe-generale");
        }

        @Test
        void anIdTakenByAnotherApplicationGetsTheNextNumber() throws IOException {
            Files.createDirectories(home.resolve("applications"));
            Files.writeString(home.resolve("applications/globex.yaml"), "company: Globex\nrole: Sales\n");
            assertThat(run.run("import", file("Job Applications.csv"))).succeeded();
            assertThat(app("globex-2").role()).isEqualTo("Platform Engineer");
            assertThat(app("globex").role()).isEqualTo("Sales");
        }

        @Test
        void windows1252IsReadWithoutMojibakeAndSaidOnStderr() throws IOException {
            Run.Result r = run.run("import", file("windows-1252.csv"));
            assertThat(r).succeeded().errContains("windows-1252.csv is not UTF-8: read as Windows-1252");
            assertThat(app("societe-generale").company()).isEqualTo("Société Générale");
            assertThat(app("societe-generale").role()).isEqualTo("Développeur");
            assertThat(app("l-oreal").company()).isEqualTo("L’Oréal");
            assertThat(Files.readString(home.resolve("applications/l-oreal.yaml"), StandardCharsets.UTF_8))
                    .contains("Ingénieur").doesNotContain("Ã");
        }
    }

    @Nested
    class BrokenRows {

        @Test
        void eachRefusedRowIsNamedAtItsLineAndNeverStopsTheOthers() throws IOException {
            Run.Result r = run.run("import", file("broken.csv"));
            String f = file("broken.csv");
            assertThat(r).exitsWith(1).noStackTrace().outIs(String.join("\n",
                    f + ":3: no company (column 'company' is empty)",
                    f + ":4: unknown status 'Maybe later' in column 'status'; words that work: applied: applied, "
                            + "submitted, application submitted, application sent, sent, in review, under review, "
                            + "pending, waiting, no answer yet; interviewing: interviewing, interview, interviews, "
                            + "phone screen, screen, screening, phone interview, video interview, recruiter call, "
                            + "technical interview, onsite, on site, final round, assessment, take home; offer: offer, "
                            + "offered, offer received, negotiating, negotiation; accepted: accepted, hired, offer "
                            + "accepted, signed; declined: declined, offer declined, turned down; rejected: rejected, "
                            + "rejection, not selected, not moving forward, unsuccessful, no offer, denied; withdrawn: "
                            + "withdrawn, withdrew, i withdrew, withdrawal; closed: closed, archived, ghosted, no "
                            + "response, no reply, position closed, job closed, expired, moved on",
                    f + ":5: the date in column 'applied' could be 4 March 2026 or 3 April 2026, and no other date in "
                            + "the file settles which; write it as YYYY-MM-DD",
                    f + ":6: the date in column 'applied' is not a real date (check month and day)",
                    f + ":7: the email in column 'email' is not an email address",
                    f + ":8: has 6 values but the header names 5 columns (a value with a comma that is not in quotes?)",
                    f + ":12: a quoted value is never closed (a missing \"); the rest of the file was not read",
                    "created 3", "already there 0", "refused 7", ""));
            assertThat(r.err()).contains("7 rows were refused");
            assertThat(ids()).containsExactly("good-one", "good-two", "multi-line-co");
            assertThat(app("multi-line-co").company()).isEqualTo("Multi Line Co"); // a row of two lines, from line 9
        }

        @Test
        void refusalsNeverQuoteNotesOrOtherPrivateValues() throws IOException {
            Files.writeString(files.resolve("private.csv"), "company,notes,applied\n"
                    + "Acme,\"my salary floor is PRIVATE-NOTE\",someday\n", StandardCharsets.UTF_8);
            Run.Result r = run.run("import", file("private.csv"));
            assertThat(r).exitsWith(1).outContains("private.csv:2: the date in column 'applied' is not a date");
            assertThat(r.out() + r.err()).doesNotContain("PRIVATE-NOTE", "someday");
        }

        @Test
        void aFileWithoutACompanyColumnSaysHowToMapOne() throws IOException {
            Files.writeString(files.resolve("nocompany.csv"), "Firm,Job\nAcme,Engineer\n");
            assertThat(run.run("import", file("nocompany.csv"))).exitsWith(1)
                    .outContains("nocompany.csv:1: no column names the company", "--map \"COLUMN=company\"");
            assertThat(run.run("import", file("nocompany.csv"), "--map", "firm=company", "--map", "JOB=role"))
                    .succeeded().outContains("created 1\n");
            assertThat(app("acme").role()).isEqualTo("Engineer");
        }
    }

    @Nested
    class Usage {

        @Test
        void aBadMapIsAUsageErrorNamingTheFlag() {
            assertThat(run.run("import", file("board.csv"), "--map", "Salary")).exitsWith(2)
                    .errContains("--map: expected COLUMN=FIELD");
            assertThat(run.run("import", file("board.csv"), "--map", "Salary=wage")).exitsWith(2)
                    .errContains("--map: unknown field 'wage'; fields: company, role, status");
            assertThat(run.run("import", file("board.csv"), "--map", "Wage=notes")).exitsWith(2)
                    .errContains("--map: no file given has a column 'Wage'");
            assertThat(run.run("import", file("board.csv"), "--format", "xml")).exitsWith(2)
                    .errContains("--format: unknown format 'xml'; formats: linkedin, csv, json");
            assertThat(run.run("import")).exitsWith(2);
            assertThat(home).doesNotExist();
        }

        @Test
        void aMissingOrUnreadableFileIsADataErrorAndNothingIsWritten() throws IOException {
            assertThat(run.run("import", file("board.csv"), file("nope.csv"))).exitsWith(1)
                    .errContains("nope.csv: does not exist").noStackTrace();
            Files.write(files.resolve("utf16.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0});
            assertThat(run.run("import", file("utf16.csv"))).exitsWith(1).errContains("utf16.csv: is UTF-16");
            assertThat(home).doesNotExist();
        }

        @Test
        void dryRunPrintsTheSameAndWritesNothing() throws IOException {
            Run.Result dry = run.run("import", "--dry-run", file("board.csv"), file("broken.csv"));
            assertThat(dry).exitsWith(1).errContains("dry run: nothing was written");
            assertThat(home).doesNotExist();
            Run.Result real = run.run("import", file("board.csv"), file("broken.csv"));
            assertThat(real.out()).isEqualTo(dry.out());
            assertThat(real.code()).isEqualTo(dry.code());
        }
    }

    @Test
    void aGitHomeGetsOneCommitForTheWholeImport() throws Exception {
        Path user = Files.createDirectories(tmp.resolve("user"));
        Files.writeString(user.resolve(".gitconfig"), "[user]\n\tname = Job Seeker\n\temail = seeker@example.com\n");
        run.env("HOME", user.toString()).env("GIT_CONFIG_NOSYSTEM", "1").env("PATH", System.getenv("PATH"));
        assertThat(run.run("git", "init", "-q")).succeeded();
        int before = commits(user);
        assertThat(run.run("import", file("Job Applications.csv"), file("windows-1252.csv"))).succeeded();
        assertThat(commits(user)).isEqualTo(before + 1);
        assertThat(git(user, "log", "-1", "--format=%s")).isEqualTo(
                "import 5 applications from Job Applications.csv, windows-1252.csv");
        assertThat(git(user, "status", "--porcelain")).isEmpty();
        assertThat(run.run("import", file("Job Applications.csv"))).succeeded();
        assertThat(commits(user)).isEqualTo(before + 1);
    }

    @Test
    void aLongImportShowsItsProgressOnStderrOnATerminalOnly() throws IOException {
        StringBuilder csv = new StringBuilder("company,role\n");
        for (int i = 1; i <= 60; i++) {
            csv.append("Company ").append(i).append(",Engineer\n");
        }
        Files.writeString(files.resolve("many.csv"), csv);
        Run.Result piped = Run.in(home).run("import", file("many.csv"));
        assertThat(piped).succeeded().errIsEmpty();
        Run.Result terminal = Run.in(tmp.resolve("other")).terminal(80).run("import", file("many.csv"));
        assertThat(terminal).succeeded().outIs("created 60\nalready there 0\nrefused 0\n")
                .errContains("\rimporting 10/60", "\rimporting 60/60", "\r\u001b[K");
    }

    @Test
    void filesAreWrittenPrivate() throws IOException {
        assertThat(run.run("import", file("Job Applications.csv"))).succeeded();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("applications/globex.yaml"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("applications"))))
                .isEqualTo("rwx------");
    }

    private int commits(Path user) throws Exception {
        return Integer.parseInt(git(user, "rev-list", "--count", "HEAD"));
    }

    private String git(Path user, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", user.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
