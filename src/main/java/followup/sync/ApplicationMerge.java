package followup.sync;

import followup.store.ApplicationCodec;
import followup.store.YamlDocument;
import followup.store.YamlSyntaxException;
import followup.sync.Layout.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three-way merge of one application file that git's merge driver ({@code followup
 * merge-file}) does when two copies of the data home both changed it.
 *
 * <ul>
 * <li>{@code log} and {@code interviews}: the entries of both sides are kept, each once, in date
 * order; an entry one side removed (or rewrote) and the other left alone is removed (or rewritten).
 * <li>Every other top-level field: changed on one side only, that side's value is taken; changed
 * to the same value on both, kept.
 * <li>A field both sides changed differently is a conflict, never resolved silently: this side's
 * value stays where it is, and the other side's goes under a top-level {@value ApplicationCodec#CONFLICT_KEY} key.
 * The file stays valid YAML; the loader reports it (so {@code followup check}, {@code today} and
 * {@code list} name it) until the user keeps one value and deletes the record.
 * </ul>
 *
 * <p>Its layers: this class walks the fields; {@link FieldMerge} merges one field and
 * {@link ListMerge} one list; {@link Conflicts} records what is left to the user; {@link Layout}
 * cuts a side into fields and entries, with their {@link Comments}.
 *
 * <p>The result is this side's text with the other side's changes applied as text edits, so this
 * side's comments and layout survive; comment lines belong to the field or entry below them and
 * travel with it, so the other side's comments arrive with what it changed.
 */
final class ApplicationMerge {

    private ApplicationMerge() {
    }

    /**
     * The merged text, and the fields left in conflict (empty when the merge is clean).
     *
     * @param conflicts the conflicting top-level keys, in file order
     */
    record Result(String text, List<String> conflicts) {
        boolean clean() {
            return conflicts.isEmpty();
        }
    }

    /** The sides cannot be merged field by field (one is not YAML, or not a block mapping); merge lines instead. */
    static final class NotMergeable extends Exception {
        private static final long serialVersionUID = 1L;

        NotMergeable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Merges {@code theirs} into {@code ours}, both descended from {@code base} (empty when both
     * sides added the file).
     */
    static Result merge(String base, String ours, String theirs) throws NotMergeable {
        if (ours.equals(theirs) || base.equals(theirs)) {
            return new Result(ours, List.of());
        }
        if (base.equals(ours)) {
            return new Result(theirs, List.of());
        }
        Layout b = Layout.of(base);
        Layout o = Layout.of(ours);
        Layout t = Layout.of(theirs);
        Conflicts conflicts = new Conflicts(o.newline());
        String text = text(b, o, t, conflicts);
        check(text, ours, theirs);
        return new Result(text, conflicts.keys());
    }

    /** The result must read back, and be a valid application whenever both sides were. */
    private static void check(String text, String ours, String theirs) throws NotMergeable {
        YamlDocument merged;
        try {
            merged = YamlDocument.parse(text);
        } catch (YamlSyntaxException e) {
            throw new NotMergeable("the merged text does not read back as YAML");
        }
        if (valid(ours) && valid(theirs)) {
            try {
                ApplicationCodec.readFields("merged", merged.root());
            } catch (YamlSyntaxException e) {
                throw new NotMergeable("the merged text is not a valid application");
            }
        }
    }

    private static boolean valid(String text) {
        try {
            ApplicationCodec.readFields("side", YamlDocument.parse(text).root());
            return true;
        } catch (YamlSyntaxException e) {
            return false;
        }
    }

    /** This side's fields merged in its order, with fields only the other side has slotted in, then the tail and the record. */
    private static String text(Layout base, Layout ours, Layout theirs, Conflicts conflicts) throws NotMergeable {
        String nl = ours.newline();
        FieldMerge fields = new FieldMerge(nl, conflicts);
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (Field o : ours.fields().values()) {
            merged.put(o.key(), fields.field(base.fields().get(o.key()), o, theirs.fields().get(o.key())));
        }
        List<String> order = new ArrayList<>(ours.fields().keySet());
        List<String> theirKeys = new ArrayList<>(theirs.fields().keySet());
        for (int i = 0; i < theirKeys.size(); i++) {
            String key = theirKeys.get(i);
            if (ours.fields().containsKey(key)) {
                continue;
            }
            List<String> lines = fields.onlyTheirs(base.fields().get(key), theirs.fields().get(key));
            if (lines != null) {
                merged.put(key, lines);
                order.add(insertionIndex(order, theirKeys.subList(i + 1, theirKeys.size())), key);
            }
        }
        StringBuilder out = new StringBuilder(ours.bom() ? Layout.BOM : "");
        for (String key : order) {
            Lines.append(out, merged.get(key), nl);
        }
        if (ours.tail().equals(base.tail())) {
            Lines.append(out, theirs.tail(), nl);
        } else {
            Lines.append(out, ours.tail(), nl);
            Lines.append(out, Comments.asLines(Comments.lostComments(ours.tailComments(), base.tailComments(),
                    theirs.tailComments()), 0, nl), nl);
        }
        if (!conflicts.isEmpty()) {
            if (order.contains(ApplicationCodec.CONFLICT_KEY)) {
                throw new NotMergeable("an earlier conflict is still unresolved");
            }
            Lines.append(out, conflicts.record(), nl);
        }
        return out.toString();
    }

    /** Where a field only the other side has goes: before the first of the fields after it there that we have. */
    private static int insertionIndex(List<String> order, List<String> after) {
        for (String key : after) {
            int at = order.indexOf(key);
            if (at >= 0) {
                return at;
            }
        }
        return order.size();
    }
}
