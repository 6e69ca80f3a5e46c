package followup.store;

/** A file that cannot be used; carries where and why. */
public final class InvalidFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public InvalidFileException(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
