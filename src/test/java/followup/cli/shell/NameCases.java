package followup.cli.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a TAB after a person's name option ({@code log --with}, {@code draft --to}) must offer, the
 * same in every shell: the names in the file of the application whose id is on the line, read
 * from {@code contacts} and from the {@code with:} of {@code interviews}, flow or block lists.
 */
final class NameCases {

    private record Case(String line, List<String> expected) {
    }

    private NameCases() {
    }

    /**
     * Types each case's line in {@code shell} and compares what it offers with the names expected,
     * each as {@code quoted} says the shell hands it over for a line (bash and fish give the names;
     * zsh gives them quoted for the line, unless the word typed opened a quote).
     */
    static void check(TabCases.Shell shell, Path tmp, UnaryOperator<String> quoted) throws Exception {
        Path main = Shells.home(tmp.resolve("names-main"));
        Files.writeString(main.resolve("applications/initech.yaml"), """
                company: Initech
                role: Backend Engineer
                contacts:
                  - name: Bill Lumbergh   # the manager
                    email: bill@initech.example
                  - title: Recruiter
                    name: "Zoë Ångström"
                interviews:
                  - date: 2026-11-16
                    with: [Bill Lumbergh, 'Peter Gibbons', Samir]
                notes: |
                  contacts:
                    - name: Not A Person
                """);
        Files.writeString(main.resolve("applications/globex.yaml"), """
                company: Globex
                contacts:
                  - name: Hank Scorpio
                interviews:
                  - date: 2026-11-12
                    kind: phone screen
                    with:
                      - Dana Lee
                      # the second interviewer
                      - "Zoë Keller"
                  - date: 2026-11-20
                    with:
                    - Hank Scorpio
                    - 'Frank Grimes'
                    kind: onsite
                log:
                  - date: 2026-11-12
                    event: thanks
                    name: not a person either
                """);
        Path other = Shells.home(tmp.resolve("names-other"));
        Files.writeString(other.resolve("applications/initech.yaml"), """
                company: Initech
                contacts:
                  - name: Milton Waddams
                """);

        List<String> initech = List.of("Bill Lumbergh", "Zoë Ångström", "Peter Gibbons", "Samir");
        List<Case> cases = List.of(
                new Case("followup log initech thanks --with ", initech),
                // only an interviewer, in a flow list
                new Case("followup log initech thanks --with P", List.of("Peter Gibbons")),
                // an accent, typed in lower case
                new Case("followup log initech thanks --with zo", List.of("Zoë Ångström")),
                // a space, typed escaped, then in an opened quote
                new Case("followup log initech thanks --with Bill\\ L", List.of("Bill Lumbergh")),
                new Case("followup draft thanks initech --to \"Bill", List.of("Bill Lumbergh")),
                new Case("followup log initech thanks --with Bill\\ Lumbergh --with S", List.of("Samir")),
                // block lists, at the key's indent or deeper
                new Case("followup log globex interview --with ",
                        List.of("Hank Scorpio", "Dana Lee", "Zoë Keller", "Frank Grimes")),
                new Case("followup draft check-in globex --to D", List.of("Dana Lee")),
                new Case("followup --home " + other + " draft thanks initech --to ", List.of("Milton Waddams")),
                // no application on the line, or none by that id: nobody to offer
                new Case("followup draft --to ", List.of()),
                new Case("followup add Initech --with ", List.of()),
                new Case("followup log hooli thanks --with ", List.of()),
                new Case("followup log ../names-main/applications/initech thanks --with ", List.of()));

        List<List<String>> offered = shell.offers(Map.of("HOME", tmp.toString(), "FOLLOWUP_HOME", main.toString(),
                "LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), cases.stream().map(Case::line).toList());
        List<String> wrong = new ArrayList<>();
        if (offered.size() != cases.size()) {
            wrong.add("expected one answer per line typed, " + cases.size() + ", got " + offered.size() + ": " + offered);
        } else {
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                boolean inQuote = c.line().chars().filter(ch -> ch == '"').count() % 2 == 1;
                List<String> expected = c.expected().stream().map(n -> inQuote ? n : quoted.apply(n)).sorted().toList();
                List<String> got = offered.get(i).stream().sorted().toList();
                if (!got.equals(expected)) {
                    wrong.add("'" + c.line() + "<TAB>' offered " + got + ", expected " + expected);
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError(wrong.size() + " completions differ:\n  " + String.join("\n  ", wrong));
        }
    }
}
