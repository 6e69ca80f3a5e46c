package followup.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test homes kept under {@code src/test/resources/followup/homes/}, copied into a temp folder. */
final class Homes {

    private Homes() {
    }

    /**
     * The "search" home: eleven applications in every state as of Mon 23 Nov 2026, with known
     * stats (see StatsCommandTest for the figures and how they follow from the files).
     */
    static final List<String> SEARCH = List.of("acme", "cyberdyne", "globex", "hooli", "initech",
            "societe-generale", "stark", "tyrell", "umbrella", "vandelay", "wayne");

    /** Copies the named home's applications into {@code home}. */
    static Path copy(String name, List<String> ids, Path home) throws IOException {
        Path folder = Files.createDirectories(home.resolve("applications"));
        for (String id : ids) {
            String resource = "/followup/homes/" + name + "/applications/" + id + ".yaml";
            try (InputStream in = Homes.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no test resource " + resource);
                }
                Files.copy(in, folder.resolve(id + ".yaml"));
            }
        }
        return home;
    }
}
