package followup.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link Programs} for real: child processes of this JVM. */
final class SystemPrograms implements Programs {

    @Override
    public int interactive(List<String> command, Map<String, String> variables) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        environment(builder, variables);
        return builder.start().waitFor();
    }

    @Override
    public Captured captured(List<String> command, Map<String, String> variables) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment(builder, variables);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        return new Captured(process.waitFor(), new String(output, StandardCharsets.UTF_8));
    }

    private static void environment(ProcessBuilder builder, Map<String, String> variables) {
        builder.environment().clear();
        builder.environment().putAll(variables);
    }

    /**
     * The launcher script when we were started through it (it says where it is), else this JVM
     * with this class path: both run the same followup again, from tests and IDEs as well.
     */
    @Override
    public List<String> self() {
        String launcher = System.getProperty("followup.launcher");
        if (launcher != null && !launcher.isBlank()) {
            return List.of(Path.of(launcher).toAbsolutePath().normalize().toString());
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toString());
        }
        command.add(String.join(java.io.File.pathSeparator, classPath));
        command.add("followup.Main");
        return command;
    }
}
