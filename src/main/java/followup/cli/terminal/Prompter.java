package followup.cli.terminal;

import java.util.List;

/** Asks a person for a missing value; only ever used when stdin is a terminal. */
public interface Prompter {

    /**
     * @param label what to ask ("Role")
     * @param completions values offered on TAB (known companies, contact names)
     * @return the answer, stripped; empty when the person just pressed Enter
     */
    String ask(String label, List<String> completions);
}
