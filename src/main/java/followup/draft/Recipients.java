package followup.draft;

import followup.model.Application;
import followup.model.Contact;
import followup.model.Interview;
import followup.schedule.History;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Who a draft goes to: the {@code --to} person, or the sensible default. */
final class Recipients {

    private Recipients() {
    }

    /**
     * The person named, matched on the full name or, when unambiguous, the first name, ignoring
     * case. With no name: the first interviewer of the last interview, else the first contact,
     * else nobody (the draft then addresses the team).
     */
    static Optional<Contact> choose(Application app, String toName, History h) {
        List<Contact> people = people(app);
        if (toName == null || Words.line(toName).isEmpty()) {
            // the playbook's choice, so that a draft goes to the person whose phone its why names
            Contact addressee = h.addressee();
            return addressee == null ? Optional.empty() : Optional.of(find(people, addressee.name()).orElse(addressee));
        }
        String wanted = Words.line(toName);
        Optional<Contact> exact = find(people, wanted);
        if (exact.isPresent()) {
            return exact;
        }
        List<Contact> byFirst = people.stream()
                .filter(c -> Contact.named(Words.line(c.name())).firstName().equalsIgnoreCase(wanted))
                .toList();
        if (byFirst.size() == 1) {
            return Optional.of(byFirst.get(0));
        }
        String company = Words.line(app.company());
        if (people.isEmpty()) {
            throw new DraftException("no contact named '" + wanted + "': " + company
                    + " has no contacts yet; add one under 'contacts:' in its file");
        }
        String known = String.join(", ", people.stream().map(c -> Words.line(c.name())).toList());
        String what = byFirst.isEmpty() ? "no contact named '" + wanted + "'"
                : "'" + wanted + "' could be more than one person";
        throw new DraftException(what + " at " + company + "; known: " + known);
    }

    /**
     * Everyone one could write to: the contacts, then interviewers named only in an
     * interview's {@code with} (they are known by name, if not by address).
     */
    private static List<Contact> people(Application app) {
        List<Contact> people = new ArrayList<>(app.contacts());
        for (Interview i : app.interviews()) {
            for (String name : i.with()) {
                if (!Words.line(name).isEmpty() && find(people, name).isEmpty()) {
                    people.add(Contact.named(Words.line(name)));
                }
            }
        }
        return people;
    }

    private static Optional<Contact> find(List<Contact> people, String name) {
        String key = Words.line(name).toLowerCase(Locale.ROOT);
        return people.stream()
                .filter(c -> Words.line(c.name()).toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }
}
