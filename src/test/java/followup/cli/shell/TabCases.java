package followup.cli.shell;

import followup.model.EventType;
import followup.model.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a TAB must offer, the same in every shell: typed lines and the words expected back, in
 * temporary data homes. Besides the hand-written cases, every positional parameter of every
 * command in the live tree that takes ids or a word list gets a case, so a command registered
 * later is covered too.
 */
final class TabCases {

    /** Types each line (the cursor at its end) and returns what each TAB offers; one shell process per call. */
    interface Shell {
        List<List<String>> offers(Map<String, String> env, List<String> lines) throws Exception;
    }

    private record Case(String line, List<String> expected, boolean subset) {
    }

    private TabCases() {
    }

    static void check(Shell shell, Path tmp) throws Exception {
        Path main = Shells.home(tmp.resolve("main"), "acme-corp", "acme-labs", "globex");
        Path other = Shells.home(tmp.resolve("other"), "initech");
        Path user = tmp.resolve("user");
        Shells.home(user.resolve(".local/share/followup"), "hooli");
        Shells.home(user.resolve("jobs"), "tilde-co");
        Path xdg = tmp.resolve("xdg");
        Shells.home(xdg.resolve("followup"), "umbrella");

        List<CommandTree> tree = CommandTree.walk(Generate.tree());
        List<String> ids = List.of("acme-corp", "acme-labs", "globex");
        List<String> events = Arrays.stream(EventType.values()).map(EventType::id).toList();
        List<String> statuses = Arrays.stream(Status.values()).map(Status::id).toList();

        List<Case> cases = new ArrayList<>(List.of(
                new Case("followup sh", List.of("show"), false),
                new Case("followup ", tree.get(0).commands(), false),
                new Case("followup show ac", List.of("acme-corp", "acme-labs"), false),
                new Case("followup show ", ids, false),
                new Case("followup edit g", List.of("globex"), false),
                new Case("followup log acme-corp ", events, false),
                new Case("followup log acme-corp ch", List.of("check-in"), false),
                new Case("followup log acme-corp thanks ", List.of(), false),
                new Case("followup --home " + other + " show ", List.of("initech"), false),
                new Case("followup show --home " + other + " ", List.of("initech"), false),
                new Case("followup --home=" + other + " log ", List.of("initech"), false),
                new Case("followup --as-of 2026-11-23 show a", List.of("acme-corp", "acme-labs"), false),
                new Case("followup list --status ", statuses, false),
                new Case("followup list --status r", List.of("rejected"), false),
                new Case("followup completion ", List.of("bash", "fish", "zsh"), false),
                new Case("followup show --j", List.of("--json"), false),
                new Case("followup today --", List.of("--days", "--json", "--quiet", "--home", "--help"), true)));
        for (CommandTree command : tree) {
            for (CommandTree.Positional p : command.positionals()) {
                List<String> expected = switch (p.values().kind()) {
                    case IDS -> ids;
                    case WORDS -> p.values().words();
                    default -> null;
                };
                if (expected != null) {
                    cases.add(new Case("followup " + command.path() + " " + "x ".repeat(p.from()), expected, false));
                }
            }
        }

        Map<Map<String, String>, List<Case>> runs = new LinkedHashMap<>();
        runs.put(Map.of("HOME", user.toString(), "FOLLOWUP_HOME", main.toString()), cases);
        runs.put(Map.of("HOME", user.toString(), "XDG_DATA_HOME", xdg.toString()),
                List.of(new Case("followup show ", List.of("umbrella"), false)));
        runs.put(Map.of("HOME", user.toString(), "XDG_DATA_HOME", "relative/is/ignored"),
                List.of(new Case("followup show ", List.of("hooli"), false),
                        new Case("followup --home ~/jobs show ", List.of("tilde-co"), false)));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Map<String, String>, List<Case>> run : runs.entrySet()) {
            List<Case> batch = run.getValue();
            List<List<String>> offered = shell.offers(run.getKey(), batch.stream().map(Case::line).toList());
            if (offered.size() != batch.size()) {
                wrong.add("expected one answer per line typed, " + batch.size() + ", got " + offered.size() + ": " + offered);
                continue;
            }
            for (int i = 0; i < batch.size(); i++) {
                Case c = batch.get(i);
                TreeSet<String> got = new TreeSet<>(offered.get(i));
                boolean ok = c.subset() ? got.containsAll(c.expected()) : got.equals(new TreeSet<>(c.expected()));
                if (!ok) {
                    wrong.add("'" + c.line() + "<TAB>' (with " + run.getKey() + ") offered " + got + ", expected "
                            + (c.subset() ? "at least " : "") + new TreeSet<>(c.expected()));
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError(wrong.size() + " completions differ:\n  " + String.join("\n  ", wrong));
        }
    }
}
