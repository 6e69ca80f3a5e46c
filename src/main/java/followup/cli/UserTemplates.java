package followup.cli;

import followup.UserException;
import followup.draft.DraftKind;
import followup.draft.TemplateSource;
import followup.draft.TemplateText;
import followup.store.Store;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** The user's {@code templates/<kind>.mustache} beside the config file, named by path in errors. */
final class UserTemplates implements TemplateSource {

    private static final long MAX_SIZE = 64 * 1024;

    private final Path folder;

    UserTemplates(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<TemplateText> find(DraftKind kind) {
        Path file = folder.resolve(kind.id() + ".mustache");
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class); // through a link
        } catch (IOException e) {
            return Optional.empty(); // no such file (or a link to none): the built-in one
        }
        // a FIFO opened for reading waits for a writer for ever: never opened, like any special file
        if (!attributes.isRegularFile()) {
            throw UserException.data(file + ": is not a regular file (" + Store.kind(file) + "); it was not opened");
        }
        try {
            if (attributes.size() > MAX_SIZE) {
                throw UserException.data(file + ": a template larger than 64 KiB is refused");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_SIZE) {
                throw UserException.data(file + ": a template larger than 64 KiB is refused");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Optional.of(new TemplateText(file.toString(), text));
        } catch (CharacterCodingException e) {
            throw UserException.data(file + ": is not valid UTF-8 text");
        } catch (IOException e) {
            throw UserException.data(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
