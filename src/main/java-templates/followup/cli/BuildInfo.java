package followup.cli;

/**
 * This build's version and id, written in by Maven (templating-maven-plugin) as constants: a
 * properties file in the jar would make every run open the jar's directory to read two lines.
 */
final class BuildInfo {

    /** The version, as Maven has it ({@code 0.1.0}). */
    static final String VERSION = "${project.version}";

    /** The version and the time of the build: caches written by another build are not used. */
    static final String BUILD = "${followup.build}";

    private BuildInfo() {
    }
}
