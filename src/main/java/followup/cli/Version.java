package followup.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code followup/version.properties}. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/followup/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"followup " + p.getProperty("version", "unknown")};
    }
}
