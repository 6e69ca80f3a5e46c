package followup.sync;

import static followup.sync.Comments.lostComments;
import static followup.sync.Lines.concat;
import static followup.sync.Lines.shift;

import followup.sync.Layout.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The merge of one top-level field: changed on one side only, that side's value is taken;
 * changed to the same value on both, kept; changed differently, this side's value stays and the
 * other side's is recorded as a conflict. A list of dated entries ({@code log}, {@code
 * interviews}) is merged entry by entry by {@link ListMerge}.
 */
final class FieldMerge {

    private final String nl;
    private final Conflicts conflicts;
    private final ListMerge lists;

    FieldMerge(String nl, Conflicts conflicts) {
        this.nl = nl;
        this.conflicts = conflicts;
        this.lists = new ListMerge(nl, conflicts);
    }

    /**
     * The merged lines of a field this side has (empty when the other side's deletion wins).
     * Whichever side's lines are kept, a comment the other side added is kept too, on a line
     * of its own above the field: two sides that changed one comment differently keep both.
     */
    List<String> field(Field b, Field o, Field t) {
        boolean theirLeading = b != null && o.leading().equals(b.leading()) && t != null;
        List<String> leading = theirLeading ? t.leading() : o.leading();
        List<String> kept = new ArrayList<>(theirLeading ? t.leadingComments() : o.leadingComments());
        List<String> inBase = b == null ? List.of() : concat(b.leadingComments(), b.ownComments());
        if (o.list() != null && (b == null || b.list() != null) && (t == null || t.list() != null)) {
            kept.addAll(o.ownComments());
            List<String> lost = lostComments(kept, inBase, o.leadingComments(), o.ownComments(),
                    t == null ? List.of() : t.leadingComments(), t == null ? List.of() : t.ownComments());
            return concat(concat(leading, Comments.asLines(lost, o.column(), nl)), lists.list(b, o, t));
        }
        List<String> bodyB = b == null ? null : b.body();
        List<String> bodyT = t == null ? null : t.body();
        String valueB = b == null ? null : b.value();
        String valueT = t == null ? null : t.value();
        List<String> body;
        if (o.body().equals(bodyB)) {
            body = bodyT; // only the other side touched it (or deleted it)
        } else if (bodyT == null ? bodyB == null : bodyT.equals(bodyB) || bodyT.equals(o.body())) {
            body = o.body();
        } else if (o.value().equals(valueT) || (valueT != null && valueT.equals(valueB))) {
            body = o.body(); // the other side changed only comments or layout: ours wins, their comments stay
        } else if (o.value().equals(valueB)) {
            body = bodyT; // we changed only comments or layout, they changed the value
        } else {
            if (t == null) {
                conflicts.deletedThere(o.key());
            } else {
                conflicts.value(o.key(), shift(t.body(), t.column(), 2));
            }
            body = o.body();
            if (t != null) {
                kept.addAll(t.bodyComments()); // recorded with their value
            }
        }
        if (body == o.body()) {
            kept.addAll(o.bodyComments());
        } else if (body != null) {
            kept.addAll(t.bodyComments());
        }
        List<String> lost = lostComments(kept, inBase, o.leadingComments(), o.bodyComments(),
                t == null ? List.of() : t.leadingComments(), t == null ? List.of() : t.bodyComments());
        if (body == null) {
            return Comments.asLines(lost, o.column(), nl);
        }
        return concat(concat(leading, Comments.asLines(lost, o.column(), nl)), body);
    }

    /**
     * The lines of a field only the other side has, or null when it does not go in: new there,
     * it comes with its comments; deleted here, it stays deleted unless the other side changed its
     * value (a conflict, recorded) and only the comments the other side added stay, where it was.
     */
    List<String> onlyTheirs(Field b, Field t) {
        if (b == null) {
            return concat(t.leading(), t.body());
        }
        List<String> added = lostComments(List.of(), concat(b.leadingComments(), b.bodyComments()),
                t.leadingComments(), t.bodyComments());
        if (!b.body().equals(t.body()) && !b.value().equals(t.value())) {
            conflicts.value(t.key(), concat(Comments.asLines(lostComments(t.bodyComments(), b.leadingComments(),
                    t.leadingComments()), 2, nl), shift(t.body(), t.column(), 2)));
            return null;
        }
        return added.isEmpty() ? null : Comments.asLines(added, t.column(), nl);
    }
}
