package followup.cli;

import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints, and the id of this build. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"followup " + version()};
    }

    /** This build's version, as Maven has it ({@code 0.1.0}). */
    static String version() {
        return BuildInfo.VERSION;
    }

    /**
     * What tells one build from another (its time): caches written by another build, whose code
     * may read files differently, are not used.
     */
    public static String build() {
        return BuildInfo.BUILD;
    }
}
