package followup.sync;

import static followup.sync.Comments.lostComments;
import static followup.sync.Lines.lineBreak;
import static followup.sync.Lines.shift;
import static followup.sync.Lines.stripBreak;

import followup.sync.Layout.Entries;
import followup.sync.Layout.Field;
import followup.sync.Layout.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The merge of a list of dated entries ({@code log}, {@code interviews}): the entries of both
 * sides are kept, each once, in date order; an entry one side removed (or rewrote) and the other
 * left alone is removed (or rewritten).
 */
final class ListMerge {

    /** An empty flow list or null after the key ({@code log: []}), which must go before block items. */
    private static final Pattern EMPTY_VALUE = Pattern.compile(":[ \\t]*(\\[[ \\t]*\\]|~|null|Null|NULL)(?=[ \\t]*(#.*)?$)");

    private final String nl;
    private final Conflicts conflicts;

    ListMerge(String nl, Conflicts conflicts) {
        this.nl = nl;
        this.conflicts = conflicts;
    }

    /**
     * A list field merged entry by entry; its lines without the leading comments.
     *
     * <p>Entries are equal when their values are (comments and layout aside). An entry logged on
     * both sides is kept once; the same event logged on both, once with a note and once
     * without (every other field equal), is kept once, with the note. Two entries that differ
     * otherwise (two different notes on one day) are two entries: both are kept.
     *
     * <p>Conflicts, recorded rather than resolved: an entry both sides rewrote differently; an
     * entry one side deleted and the other rewrote (its value, or only its comments). A
     * rewritten entry is told from a new one by its date: a day on which both sides removed
     * an entry of the base and a side put something else.
     */
    List<String> list(Field bf, Field of, Field tf) {
        Entries b = bf == null ? null : bf.list();
        Entries o = of.list();
        Entries t = tf == null ? null : tf.list();
        List<Item> baseItems = b == null ? List.of() : b.items();
        Map<String, Integer> inBase = counts(baseItems);
        List<Item> ourItems = new ArrayList<>(o.items());
        List<Item> theirItems = new ArrayList<>(t == null ? List.of() : t.items());
        sameEvents(ourItems, theirItems, inBase);
        Map<String, Integer> inOurs = counts(ourItems);
        Map<String, Integer> inTheirs = counts(theirItems);
        Set<String> values = new LinkedHashSet<>(inOurs.keySet());
        values.addAll(inTheirs.keySet());
        Map<String, Integer> wanted = new HashMap<>();
        for (String v : values) {
            wanted.put(v, count(inBase.getOrDefault(v, 0), inOurs.getOrDefault(v, 0), inTheirs.getOrDefault(v, 0)));
        }

        // an entry one side deleted and the other changed only in its comments or layout
        List<Item> deletedThere = new ArrayList<>(); // the base entries the other side deleted and we changed
        List<Item> conflicting = new ArrayList<>();  // the other side's entries recorded, not merged
        for (Item item : baseItems) {
            String v = item.value();
            if (inBase.get(v) != 1) {
                continue;
            }
            int inO = inOurs.getOrDefault(v, 0);
            int inT = inTheirs.getOrDefault(v, 0);
            if (inO == 1 && inT == 0 && !only(ourItems, v).text().equals(item.text())) {
                wanted.put(v, 1); // this copy's version stays; the deletion is recorded
                deletedThere.add(item);
            } else if (inO == 0 && inT == 1 && !only(theirItems, v).text().equals(item.text())) {
                conflicting.add(only(theirItems, v));
            }
        }

        // this side's entries, less the ones the other side removed, and rewritten where only they rewrote one
        List<Item> result = new ArrayList<>();
        Map<String, Integer> kept = new HashMap<>();
        for (Item item : ourItems) {
            int n = kept.merge(item.value(), 1, Integer::sum);
            if (n > wanted.get(item.value())) {
                continue;
            }
            result.add(rewritten(item, baseItems, theirItems, inBase, inOurs, inTheirs));
        }

        // days on which both sides removed an entry of the base: what each side put there
        Map<LocalDate, List<Item>> removedByBoth = new HashMap<>();
        for (Item item : baseItems) {
            if (item.date() != null && inOurs.getOrDefault(item.value(), 0) < inBase.get(item.value())
                    && inTheirs.getOrDefault(item.value(), 0) < inBase.get(item.value())) {
                removedByBoth.computeIfAbsent(item.date(), d -> new ArrayList<>()).add(item);
            }
        }
        // decided on both sides' additions alike, so merging either way round agrees
        Map<LocalDate, Map<String, Integer>> addedByUs = addedByDay(ourItems, inBase, inOurs);
        Map<LocalDate, Map<String, Integer>> addedByThem = addedByDay(theirItems, inBase, inTheirs);
        Set<LocalDate> theirsRecorded = new HashSet<>();
        removedByBoth.forEach((day, removed) -> {
            Map<String, Integer> ourDay = addedByUs.get(day);
            Map<String, Integer> theirDay = addedByThem.get(day);
            if (theirDay != null && !theirDay.equals(ourDay)) {
                theirsRecorded.add(day); // rewritten apart, or rewritten there and deleted here
            } else if (ourDay != null && theirDay == null) {
                deletedThere.addAll(removed); // rewritten here, deleted there
            }
        });

        // the other side's new entries, each at its date
        Map<String, Integer> toAdd = new HashMap<>();
        for (String v : values) {
            int extra = wanted.get(v) - inOurs.getOrDefault(v, 0);
            if (extra > 0) {
                toAdd.put(v, extra);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Item item : theirItems) {
            int n = seen.merge(item.value(), 1, Integer::sum);
            if (item.date() != null && theirsRecorded.contains(item.date())) {
                // their additions on that day are recorded, not merged: the last ones of equal entries
                if (n > inBase.getOrDefault(item.value(), 0)) {
                    conflicting.add(item);
                }
                continue;
            }
            // of several equal entries, add the last ones (the ones they added)
            if (n <= inTheirs.get(item.value()) - toAdd.getOrDefault(item.value(), 0)) {
                continue;
            }
            result.add(insertionIndex(result, item.date()), item);
        }
        conflicts.entries(of.key(), deletedThere, conflicting);

        int dash = o.dash() >= 0 ? o.dash() : t != null && t.dash() >= 0 ? t.dash() : 2;
        List<String> lines = new ArrayList<>(o.head());
        if (!result.isEmpty()) {
            lines.set(0, EMPTY_VALUE.matcher(stripBreak(lines.get(0))).replaceFirst(":") + lineBreak(lines.get(0)));
            for (int i = 1; i < lines.size(); i++) {
                lines.set(i, ""); // an empty value's continuation lines, if any
            }
        }
        Set<Item> own = Collections.newSetFromMap(new IdentityHashMap<>());
        own.addAll(o.items());
        for (Item item : result) {
            lines.addAll(own.contains(item) ? item.raw() : shift(item.text(), 0, dash));
        }
        return lines;
    }

    /** The one item of {@code items} with value {@code v}. */
    private static Item only(List<Item> items, String v) {
        return items.stream().filter(i -> i.value().equals(v)).findFirst().orElseThrow();
    }

    /**
     * The same event logged on both sides, with a note on one and none on the other (every
     * other field equal): both sides' lists take the entry with the note (and the comments of
     * the other), so the counts see one entry logged on both.
     */
    private void sameEvents(List<Item> ourItems, List<Item> theirItems, Map<String, Integer> inBase) {
        List<Integer> ourNew = added(ourItems, inBase);
        List<Integer> theirNew = added(theirItems, inBase);
        Set<Integer> pairedTheirs = new HashSet<>();
        for (int i : ourNew) {
            for (int j : theirNew) {
                Item x = ourItems.get(i);
                Item y = theirItems.get(j);
                if (pairedTheirs.contains(j) || x.noted() == y.noted() || !x.sansNote().equals(y.sansNote())) {
                    continue;
                }
                Item noted = x.noted() ? x : y;
                Item bare = x.noted() ? y : x;
                Item one = noted.withComments(lostComments(noted.comments(), List.of(), bare.comments()), nl);
                ourItems.set(i, one);
                theirItems.set(j, one);
                pairedTheirs.add(j);
                break;
            }
        }
    }

    /** The positions of the entries a side has more of than the base (the last ones of equal entries). */
    private static List<Integer> added(List<Item> items, Map<String, Integer> inBase) {
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (seen.merge(items.get(i).value(), 1, Integer::sum) > inBase.getOrDefault(items.get(i).value(), 0)) {
                added.add(i);
            }
        }
        return added;
    }

    /**
     * This side's entry, or the other side's version of it when only they rewrote it (comments,
     * layout); when both rewrote it, this side's with the comments the other side added.
     */
    private Item rewritten(Item item, List<Item> baseItems, List<Item> theirItems,
            Map<String, Integer> inBase, Map<String, Integer> inOurs, Map<String, Integer> inTheirs) {
        String v = item.value();
        if (inBase.getOrDefault(v, 0) != 1 || inOurs.get(v) != 1 || inTheirs.getOrDefault(v, 0) != 1) {
            return item;
        }
        Item b = only(baseItems, v);
        Item t = only(theirItems, v);
        if (t.text().equals(b.text()) || t.text().equals(item.text())) {
            return item;
        }
        if (item.text().equals(b.text())) {
            return t;
        }
        return item.withComments(lostComments(item.comments(), b.comments(), t.comments()), nl);
    }

    /** Where a dated entry goes: after every entry on or before its date (at the end when undated). */
    private static int insertionIndex(List<Item> items, LocalDate date) {
        if (date == null) {
            return items.size();
        }
        int at = 0;
        for (int i = 0; i < items.size(); i++) {
            LocalDate d = items.get(i).date();
            if (d != null && !d.isAfter(date)) {
                at = i + 1;
            }
        }
        return at;
    }

    /** Per day, the entries a side has more of than the base had, with how many more. */
    private static Map<LocalDate, Map<String, Integer>> addedByDay(List<Item> items, Map<String, Integer> inBase,
            Map<String, Integer> inSide) {
        Map<LocalDate, Map<String, Integer>> added = new HashMap<>();
        for (Item item : items) {
            int more = inSide.getOrDefault(item.value(), 0) - inBase.getOrDefault(item.value(), 0);
            if (more > 0 && item.date() != null) {
                added.computeIfAbsent(item.date(), d -> new HashMap<>()).put(item.value(), more);
            }
        }
        return added;
    }

    /**
     * How many copies of an entry the merge keeps, from the copies in the base and on each side:
     * one side's change wins over no change; changes in the same direction are the same change
     * (an entry both sides logged is kept once); opposite changes add up.
     */
    static int count(int base, int ours, int theirs) {
        int a = ours - base;
        int b = theirs - base;
        if (a == 0) {
            return theirs;
        }
        if (b == 0 || Integer.signum(a) == Integer.signum(b) && Math.abs(a) >= Math.abs(b)) {
            return ours;
        }
        if (Integer.signum(a) == Integer.signum(b)) {
            return theirs;
        }
        return Math.max(0, base + a + b);
    }

    private static Map<String, Integer> counts(List<Item> items) {
        Map<String, Integer> counts = new HashMap<>();
        for (Item item : items) {
            counts.merge(item.value(), 1, Integer::sum);
        }
        return counts;
    }
}
