package followup.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import followup.store.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * followup's own {@code export --json} read back: each application's id and the fields of its
 * file. A value is kept as its text (a number or true/false written by hand becomes that text);
 * an entry that is not an application is refused at its line, and the others go on.
 */
public final class JsonImport {

    private JsonImport() {
    }

    /** Whether a text is JSON rather than CSV: it opens with a brace or a bracket. */
    public static boolean looksLikeJson(String text) {
        String s = text.stripLeading();
        return s.startsWith("{") || s.startsWith("[");
    }

    public static List<Incoming> read(String file, String text) {
        List<Incoming> out = new ArrayList<>();
        JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
        int line = 1;
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                boolean found = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    t = p.nextToken();
                    if (key.equals("applications") && t == JsonToken.START_ARRAY) {
                        found = true;
                        line = entries(file, p, out);
                    } else {
                        p.skipChildren();
                    }
                }
                if (!found) {
                    out.add(new Incoming.Refused(file, 1, "is not followup's export: it has no 'applications' list"));
                }
            } else if (t == JsonToken.START_ARRAY) {
                line = entries(file, p, out);
            } else {
                out.add(new Incoming.Refused(file, 1, "is not followup's export (a JSON object with 'applications')"));
            }
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the text: only where it broke is said
            int at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            out.add(new Incoming.Refused(file, at, "is not valid JSON from here on; the rest of the file was not read"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The entries of the applications list, the parser at its start; returns the line after it. */
    private static int entries(String file, JsonParser p, List<Incoming> out) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            int line = p.currentTokenLocation().getLineNr();
            Object value = value(p, t);
            if (!(value instanceof Map<?, ?> map)) {
                out.add(new Incoming.Refused(file, line, "an entry of 'applications' must be an object"));
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) map);
            Object id = fields.remove("id");
            if (!(id instanceof String s) || !Ids.isValid(s)) {
                out.add(new Incoming.Refused(file, line, "'id' is missing or not an id (" + Ids.rule() + ")"));
                continue;
            }
            out.add(new Incoming.Candidate(file, line, s, fields, true));
        }
        return p.currentLocation().getLineNr();
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    map.put(key, value(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(p, next));
                }
                return list;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return p.getText();
            }
        }
    }
}
