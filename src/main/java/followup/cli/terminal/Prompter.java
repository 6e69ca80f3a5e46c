package followup.cli.terminal;

import java.util.List;
import java.util.function.Function;

/** Asks a person for a missing value; only ever used when stdin is a terminal. */
public interface Prompter {

    /**
     * @param label what to ask ("Role")
     * @param completions values offered on TAB (known companies, contact names)
     * @return the answer, stripped; empty when the person just pressed Enter
     */
    String ask(String label, List<String> completions);

    /**
     * Asks until the answer is empty (a skip) or passes {@code check}; a wrong answer is refused
     * with its reason, one line, and asked again, never carried on to fail after the last question.
     *
     * @param check the reason an answer is wrong, or null when it is right; never sees an empty one
     * @return the first right answer, stripped, or empty for a skip
     * @throws Cancelled when the person stops (Ctrl-C, or Ctrl-D at the prompt)
     */
    default String ask(String label, List<String> completions, Function<String, String> check) {
        String answer = ask(label, completions);
        while (!answer.isBlank()) {
            String wrong = check.apply(answer.strip());
            if (wrong == null) {
                return answer.strip();
            }
            refuse(wrong);
            answer = ask(label, completions);
        }
        return "";
    }

    /**
     * Says why an answer was refused, one line, before it is asked again. The terminal's prompter
     * shows it; a scripted one may keep it or not.
     */
    default void refuse(String reason) {
    }

    /** The person stopped at a prompt (Ctrl-C, or Ctrl-D at a prompt that must be answered): nothing is written. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled; nothing was written");
        }
    }
}
