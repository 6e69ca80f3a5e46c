package followup.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code followup/version.properties}. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"followup " + properties().getProperty("version", "unknown")};
    }

    /**
     * What tells one build from another (its time): caches written by another build, whose code
     * may read files differently, are not used.
     */
    public static String build() {
        try {
            return properties().getProperty("build", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Properties properties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/followup/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p;
    }
}
