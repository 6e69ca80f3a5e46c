package followup.sync;

import followup.store.ApplicationCodec;
import followup.store.YamlText;
import followup.sync.Layout.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one merge leaves for the user to decide, and its text: a field both sides changed
 * differently keeps this side's value where it is, and the other side's goes under a top-level
 * {@value ApplicationCodec#CONFLICT_KEY} key at the end of the file, which the loader reports
 * until the user keeps one value and deletes the record.
 */
final class Conflicts {

    private final String nl;
    /** Conflicting key → the other side's lines to record (already indented under the record). */
    private final Map<String, List<String>> records = new LinkedHashMap<>();

    /** @param nl the line break of this side's file, which the record's lines take */
    Conflicts(String nl) {
        this.nl = nl;
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    /** The conflicting top-level keys, in the order they were found (this side's file order). */
    List<String> keys() {
        return List.copyOf(records.keySet());
    }

    /** The other side's value of {@code key}, as its lines under the record. */
    void value(String key, List<String> lines) {
        records.put(key, lines);
    }

    /** A field the other side deleted while this side changed it. */
    void deletedThere(String key) {
        records.put(key, List.of("  " + YamlText.scalar(key) + ": ~   # deleted in the other copy" + nl));
    }

    /**
     * Entries of a list: those the other side deleted while this side changed them, then the
     * other side's version of entries this side changed or deleted. Nothing is recorded when both
     * are empty.
     */
    void entries(String key, List<Item> deletedThere, List<Item> theirs) {
        if (theirs.isEmpty() && deletedThere.isEmpty()) {
            return;
        }
        List<String> record = new ArrayList<>();
        record.add("  " + YamlText.scalar(key) + ":" + nl);
        if (!deletedThere.isEmpty()) {
            record.add("    # the other copy deleted these entries, which this copy changed:" + nl);
            for (Item item : deletedThere) {
                record.addAll(Lines.shift(item.text(), 0, 4));
            }
        }
        if (!theirs.isEmpty() && !deletedThere.isEmpty()) {
            record.add("    # the other copy's version of entries this copy changed or deleted:" + nl);
        }
        for (Item item : theirs) {
            record.addAll(Lines.shift(item.text(), 0, 4));
        }
        records.put(key, record);
    }

    /** The record's lines, to go after every field: the key, a note on what to do, then each conflict. */
    List<String> record() {
        String key = ApplicationCodec.CONFLICT_KEY;
        List<String> lines = new ArrayList<>();
        lines.add(key + ":" + nl);
        lines.add("  # followup: both copies changed these fields differently. The values above are this" + nl);
        lines.add("  # copy's; here are the other copy's. Keep the right value above, delete" + nl);
        lines.add("  # '" + key + "', then run 'followup check'." + nl);
        for (List<String> l : records.values()) {
            lines.addAll(l);
        }
        return lines;
    }
}
