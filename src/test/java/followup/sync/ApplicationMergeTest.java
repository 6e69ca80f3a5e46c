package followup.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followup.model.Application;
import followup.model.EventType;
import followup.model.LogEntry;
import followup.model.Status;
import followup.store.ApplicationCodec;
import followup.store.InvalidFileException;
import followup.store.Store;
import followup.store.YamlDocument;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApplicationMergeTest {

    private static final String BASE = """
            # my search at Acme
            company: Acme Corp
            role: Backend Engineer
            status: interviewing      # waiting on the panel
            interviews:
              - date: 2026-11-20
                time: "14:00"
            decision-by: 2026-11-27
            log:
              - date: 2026-11-20
                event: thanks
            """;

    private static Application read(String text) throws InvalidFileException {
        return Store.parse("acme", text.getBytes(StandardCharsets.UTF_8), "acme.yaml");
    }

    private static ApplicationMerge.Result merge(String base, String ours, String theirs) throws Exception {
        return ApplicationMerge.merge(base, ours, theirs);
    }

    @Test
    void logEntriesFromBothSidesAreKeptOnceEachInDateOrder() throws Exception {
        String ours = BASE + """
                  - date: 2026-11-23
                    event: reply
                """;
        String theirs = BASE + """
                  - date: 2026-11-21
                    event: note
                    note: on paper
                """;
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(read(r.text()).log()).extracting(LogEntry::event)
                .containsExactly(EventType.THANKS, EventType.NOTE, EventType.REPLY);
        assertThat(r.text()).contains("# my search at Acme", "# waiting on the panel")
                .containsSubsequence("event: thanks", "event: note", "note: on paper", "event: reply");
    }

    @Test
    void theSameEntryLoggedOnBothSidesIsKeptOnce() throws Exception {
        String added = """
                  - date: 2026-11-23
                    event: reply
                """;
        ApplicationMerge.Result r = merge(BASE, BASE + added, BASE + added);
        assertThat(read(r.text()).log()).hasSize(2);
        // and when the texts differ elsewhere too
        String ours = BASE.replace("Backend Engineer", "Staff Engineer") + added;
        r = merge(BASE, ours, BASE + added);
        assertThat(r.clean()).isTrue();
        assertThat(read(r.text()).log()).hasSize(2);
        assertThat(read(r.text()).role()).isEqualTo("Staff Engineer");
    }

    @Test
    void aFieldChangedOnOneSideIsTakenAndTheOtherSidesCommentsStay() throws Exception {
        String ours = BASE.replace("company: Acme Corp", "# the recruiter is Sam\ncompany: Acme Corp") + """
                  - date: 2026-11-23
                    event: reply
                """;
        String theirs = BASE.replace("status: interviewing      # waiting on the panel", "status: rejected  # sadly")
                + """
                  - date: 2026-11-24
                    event: rejected
                """;
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.clean()).isTrue();
        Application a = read(r.text());
        assertThat(a.status()).isEqualTo(Status.REJECTED);
        assertThat(a.log()).extracting(LogEntry::event).containsExactly(EventType.THANKS, EventType.REPLY,
                EventType.REJECTED);
        assertThat(r.text()).contains("# the recruiter is Sam", "# my search at Acme", "status: rejected  # sadly");
    }

    @Test
    void aCommentAddedOnTheOtherSideArrivesWithItsField() throws Exception {
        String ours = BASE + """
                  - date: 2026-11-23
                    event: reply
                """;
        String theirs = BASE.replace("decision-by: 2026-11-27", "# she said end of next week\ndecision-by: 2026-11-27");
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text()).contains("# she said end of next week\ndecision-by: 2026-11-27", "event: reply");
    }

    @Test
    void aFieldChangedDifferentlyOnBothSidesIsAConflictTheLoaderReports() throws Exception {
        String ours = BASE.replace("decision-by: 2026-11-27", "decision-by: 2026-11-30");
        String theirs = BASE.replace("decision-by: 2026-11-27", "decision-by: 2026-12-04") + """
                  - date: 2026-11-23
                    event: delayed
                """;
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.clean()).isFalse();
        assertThat(r.conflicts()).containsExactly("decision-by");
        assertThat(r.text()).contains("decision-by: 2026-11-30", "merge-conflict:\n", "  decision-by: 2026-12-04",
                "event: delayed");
        // valid YAML, with every field still readable...
        Application fields = ApplicationCodec.readFields("acme", YamlDocument.parse(r.text()).root());
        assertThat(fields.decisionBy()).isEqualTo(LocalDate.of(2026, 11, 30));
        // ... and never silently resolved: the file is reported at the record's line
        assertThatThrownBy(() -> read(r.text())).isInstanceOfSatisfying(InvalidFileException.class, e -> {
            assertThat(e.problem().line()).isEqualTo(lineOf(r.text(), "merge-conflict:"));
            assertThat(e.problem().message()).contains("unresolved merge conflict in 'decision-by'",
                    "delete 'merge-conflict'", "followup check");
        });
    }

    @Test
    void aFieldDeletedOnOneSideAndChangedOnTheOtherIsAConflict() throws Exception {
        String ours = BASE.replace("role: Backend Engineer", "role: Platform Engineer");
        String theirs = BASE.replace("role: Backend Engineer\n", "");
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.conflicts()).containsExactly("role");
        assertThat(r.text()).contains("role: Platform Engineer", "  role: ~   # deleted in the other copy");
    }

    @Test
    void anEntryRemovedOnOneSideIsRemoved() throws Exception {
        String two = BASE + """
                  - date: 2026-11-22
                    event: check-in
                """;
        String ours = two + """
                  - date: 2026-11-23
                    event: reply
                """;
        ApplicationMerge.Result r = merge(two, ours, BASE);
        assertThat(r.clean()).isTrue();
        assertThat(read(r.text()).log()).extracting(LogEntry::event).containsExactly(EventType.THANKS, EventType.REPLY);
    }

    @Test
    void anEntryRewrittenDifferentlyOnBothSidesIsAConflictNotTwoEntries() throws Exception {
        String ours = BASE.replace("    event: thanks\n", "    event: thanks\n    note: by email\n");
        String theirs = BASE.replace("    event: thanks\n", "    event: thanks\n    note: by phone\n");
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.conflicts()).containsExactly("log");
        assertThat(read(ours).log()).hasSize(1);
        assertThat(ApplicationCodec.readFields("acme", YamlDocument.parse(r.text()).root()).log())
                .extracting(LogEntry::note).containsExactly("by email");
        assertThat(r.text()).contains("  log:\n    - date: 2026-11-20\n      event: thanks\n      note: by phone\n");
    }

    @Test
    void bothSidesAddingTheFileMergeFromAnEmptyBase() throws Exception {
        String ours = """
                company: Globex
                status: applied
                log:
                  - date: 2026-11-02
                    event: reply
                """;
        String theirs = """
                company: Globex
                status: applied
                log:
                  - date: 2026-11-01
                    event: note
                """;
        ApplicationMerge.Result r = merge("", ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(read(r.text()).log()).extracting(LogEntry::event).containsExactly(EventType.NOTE, EventType.REPLY);
    }

    @Test
    void entriesGoIntoAnEmptyFlowListAsABlockList() throws Exception {
        String base = "company: Initech\nlog: []   # what happened\n";
        String theirs = "company: Initech\nlog:\n- date: 2026-11-20\n  event: thanks\n";
        String ours = "company: Initech\nrole: Analyst\nlog: []   # what happened\n";
        ApplicationMerge.Result r = merge(base, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text()).isEqualTo("company: Initech\nrole: Analyst\nlog:   # what happened\n- date: 2026-11-20\n  event: thanks\n");
        assertThat(read(r.text()).log()).hasSize(1);
    }

    @Test
    void interviewsAreMergedLikeTheLogAndAFieldOnlyTheOtherSideAddedIsSlottedIn() throws Exception {
        String ours = BASE.replace("decision-by:", "anchor: the Accelerate book\ndecision-by:");
        String theirs = BASE.replace("""
                    time: "14:00"
                """, """
                    time: "14:00"
                  - date: 2026-12-02
                    with: [Sam Lee]
                """).replace("role: Backend Engineer\n", "role: Backend Engineer\nsource: referral\n");
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.clean()).isTrue();
        Application a = read(r.text());
        assertThat(a.interviews()).hasSize(2);
        assertThat(a.source()).isEqualTo("referral");
        assertThat(a.anchor()).isEqualTo("the Accelerate book");
        assertThat(r.text()).containsSubsequence("role:", "source: referral", "status:");
    }

    @Test
    void theOtherSidesEntriesTakeThisSidesIndentation() throws Exception {
        String base = "company: Umbrella\nlog:\n    -   date: 2026-11-20\n        event: thanks\n";
        String ours = base + "    -   date: 2026-11-22\n        event: reply\n";
        String theirs = "company: Umbrella\nlog:\n- date: 2026-11-20\n  event: thanks\n- date: 2026-11-21\n  event: note\n";
        ApplicationMerge.Result r = merge(base, ours, theirs);
        // they re-indented the first entry (a change of theirs, so taken) and added one
        assertThat(r.text()).isEqualTo("company: Umbrella\nlog:\n"
                + "    - date: 2026-11-20\n      event: thanks\n"
                + "    - date: 2026-11-21\n      event: note\n"
                + "    -   date: 2026-11-22\n        event: reply\n");
        assertThat(read(r.text()).log()).hasSize(3);
    }

    @Test
    void refusesWhatIsNotAMappingOfFields() {
        assertThatThrownBy(() -> merge(BASE, BASE + "  - [unclosed\n", BASE + "x: 1\n"))
                .isInstanceOf(ApplicationMerge.NotMergeable.class);
        assertThatThrownBy(() -> merge(BASE, "- a list\n", BASE + "x: 1\n"))
                .isInstanceOf(ApplicationMerge.NotMergeable.class);
    }

    @Test
    void anUnresolvedEarlierConflictIsNotStackedOn() throws Exception {
        String ours = BASE.replace("2026-11-27", "2026-11-30");
        String theirs = BASE.replace("2026-11-27", "2026-12-04");
        String conflicted = merge(BASE, ours, theirs).text();
        assertThatThrownBy(() -> merge(BASE, conflicted, BASE.replace("2026-11-27", "2026-12-11")))
                .isInstanceOf(ApplicationMerge.NotMergeable.class);
    }

    @Test
    void entryCountsFollowBothSidesChanges() {
        assertThat(ListMerge.count(0, 1, 0)).isEqualTo(1); // we added
        assertThat(ListMerge.count(0, 0, 1)).isEqualTo(1); // they added
        assertThat(ListMerge.count(0, 1, 1)).isEqualTo(1); // both added the same: once
        assertThat(ListMerge.count(1, 0, 1)).isEqualTo(0); // we removed
        assertThat(ListMerge.count(1, 0, 0)).isEqualTo(0); // both removed
        assertThat(ListMerge.count(1, 2, 0)).isEqualTo(1); // one added, the other removed one
        assertThat(ListMerge.count(1, 3, 2)).isEqualTo(3);
    }

    // ---- the same event on both sides (SPEC §8: kept once) -------------------------------------

    @Test
    void theSameEventLoggedWithANoteOnOneSideAndWithoutOnTheOtherIsKeptOnceWithTheNote() throws Exception {
        String bare = BASE + """
                  - date: 2026-11-23
                    event: reply
                    with: Jane Doe
                """;
        String noted = BASE + """
                  - date: 2026-11-23
                    event: reply
                    with: Jane Doe
                    note: she can do Tuesday
                """;
        for (String[] sides : new String[][] {{bare, noted}, {noted, bare}}) {
            ApplicationMerge.Result r = merge(BASE, sides[0], sides[1]);
            assertThat(r.clean()).isTrue();
            assertThat(read(r.text()).log()).extracting(LogEntry::event, LogEntry::note)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.THANKS, null),
                            org.assertj.core.groups.Tuple.tuple(EventType.REPLY, "she can do Tuesday"));
        }
    }

    @Test
    void twoDifferentEntriesOnOneDayStayTwoEntries() throws Exception {
        String ours = BASE + """
                  - date: 2026-11-23
                    event: note
                    note: called Jane
                """;
        String theirs = BASE + """
                  - date: 2026-11-23
                    event: note
                    note: Jane wrote back
                """;
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(read(r.text()).log()).extracting(LogEntry::note).containsExactly(null, "called Jane", "Jane wrote back");
        // another person, or another field, is another event, even with no note on one side
        ours = BASE + "  - date: 2026-11-23\n    event: reply\n    with: Jane Doe\n";
        theirs = BASE + "  - date: 2026-11-23\n    event: reply\n    with: Sam Lee\n    note: by phone\n";
        assertThat(read(merge(BASE, ours, theirs).text()).log()).hasSize(3);
    }

    // ---- deleted on one side, changed on the other --------------------------------------------

    private static final String TWO = BASE + """
              - date: 2026-11-22
                event: check-in
            """;

    @Test
    void anEntryChangedHereAndDeletedThereIsAConflictKeepingThisCopysVersion() throws Exception {
        String changed = TWO.replace("    event: check-in\n", "    event: check-in\n    note: asked about the team\n");
        ApplicationMerge.Result r = merge(TWO, changed, BASE);
        assertThat(r.conflicts()).containsExactly("log");
        assertThat(ApplicationCodec.readFields("acme", YamlDocument.parse(r.text()).root()).log())
                .extracting(LogEntry::note).containsExactly(null, "asked about the team");
        assertThat(r.text().substring(r.text().indexOf("merge-conflict:")))
                .contains("# the other copy deleted these entries, which this copy changed:",
                        "    - date: 2026-11-22\n      event: check-in\n");
        assertThatThrownBy(() -> read(r.text())).isInstanceOf(InvalidFileException.class);
    }

    @Test
    void anEntryDeletedHereAndChangedThereIsAConflictRecordingTheirVersion() throws Exception {
        String changed = TWO.replace("    event: check-in\n", "    event: check-in\n    note: asked about the team\n");
        ApplicationMerge.Result r = merge(TWO, BASE, changed);
        assertThat(r.conflicts()).containsExactly("log");
        assertThat(ApplicationCodec.readFields("acme", YamlDocument.parse(r.text()).root()).log()).hasSize(1);
        assertThat(r.text().substring(r.text().indexOf("merge-conflict:")))
                .contains("    - date: 2026-11-22\n      event: check-in\n      note: asked about the team\n");
    }

    @Test
    void anEntryDeletedOnOneSideWhoseCommentTheOtherChangedIsAConflict() throws Exception {
        String commented = TWO.replace("    event: check-in\n", "    event: check-in   # no answer yet\n");
        ApplicationMerge.Result here = merge(TWO, commented, BASE);
        assertThat(here.conflicts()).containsExactly("log");
        assertThat(here.text()).contains("event: check-in   # no answer yet");
        ApplicationMerge.Result there = merge(TWO, BASE, commented);
        assertThat(there.conflicts()).containsExactly("log");
        assertThat(there.text().substring(there.text().indexOf("merge-conflict:"))).contains("# no answer yet");
    }

    @Test
    void anEntryBothSidesDeletedIsGoneWithoutAConflict() throws Exception {
        ApplicationMerge.Result r = merge(TWO, BASE, BASE.replace("role: Backend Engineer", "role: Staff Engineer"));
        assertThat(r.clean()).isTrue();
        assertThat(read(r.text()).log()).hasSize(1);
    }

    // ---- comments (issue 13, hole 9) ----------------------------------------------------------

    @Test
    void aCommentBothSidesChangedDifferentlyKeepsBoth() throws Exception {
        String ours = BASE.replace("# waiting on the panel", "# panel on Friday");
        String theirs = BASE.replace("status: interviewing      # waiting on the panel",
                "status: interviewing  # Sam says next week");
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text()).contains("# Sam says next week\nstatus: interviewing      # panel on Friday\n")
                .doesNotContain("waiting on the panel");
        assertThat(read(r.text()).status()).isEqualTo(Status.INTERVIEWING);
        // and the other way round
        assertThat(merge(BASE, theirs, ours).text()).contains("# panel on Friday", "# Sam says next week");
    }

    @Test
    void aCommentChangedOnOneSideSurvivesTheOtherSidesNewValue() throws Exception {
        String comment = BASE.replace("# waiting on the panel", "# panel on Friday");
        String value = BASE.replace("status: interviewing      # waiting on the panel", "status: rejected");
        for (String[] sides : new String[][] {{comment, value}, {value, comment}}) {
            ApplicationMerge.Result r = merge(BASE, sides[0], sides[1]);
            assertThat(r.clean()).isTrue();
            assertThat(read(r.text()).status()).isEqualTo(Status.REJECTED);
            assertThat(r.text()).contains("# panel on Friday");
        }
    }

    @Test
    void commentLinesAboveAFieldAnEntryAndAtTheEndKeepBothSidesAdditions() throws Exception {
        String ours = BASE.replace("decision-by:", "# she said Friday\ndecision-by:")
                .replace("    event: thanks\n", "    event: thanks   # by email\n") + "# to do: ask Sam\n";
        String theirs = BASE.replace("decision-by:", "# or Monday at the latest\ndecision-by:")
                .replace("    event: thanks\n", "    event: thanks   # and a card\n") + "# to do: update CV\n";
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text()).contains("# she said Friday", "# or Monday at the latest", "# by email", "# and a card",
                "# to do: ask Sam", "# to do: update CV");
        assertThat(read(r.text()).log()).hasSize(1);
        assertThat(read(r.text()).decisionBy()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aCommentAddedToAFieldTheOtherSideDeletedStays() throws Exception {
        String commented = BASE.replace("role: Backend Engineer", "role: Backend Engineer   # the team is in Lyon");
        String deleted = BASE.replace("role: Backend Engineer\n", "");
        for (String[] sides : new String[][] {{commented, deleted}, {deleted, commented}}) {
            ApplicationMerge.Result r = merge(BASE, sides[0], sides[1]);
            assertThat(r.clean()).isTrue();
            assertThat(read(r.text()).role()).isNull();
            assertThat(r.text()).contains("# the team is in Lyon");
        }
    }

    @Test
    void aHashInsideAValueIsNotAComment() throws Exception {
        String ours = BASE.replace("role: Backend Engineer", "role: \"Backend #1\"   # a joke");
        String theirs = BASE.replace("role: Backend Engineer", "role: \"Backend #1\"");
        ApplicationMerge.Result r = merge(BASE, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text()).contains("role: \"Backend #1\"   # a joke\n").doesNotContain("\n#1");
    }

    private static int lineOf(String text, String part) {
        String before = text.substring(0, text.indexOf(part));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
