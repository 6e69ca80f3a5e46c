package followup.model;

import java.util.Locale;
import java.util.Optional;

/** Where an application stands. Only the first three are still in play. */
public enum Status {
    APPLIED, INTERVIEWING, OFFER, ACCEPTED, DECLINED, REJECTED, WITHDRAWN, CLOSED;

    /** The name as written in files and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Applied, interviewing or holding an offer: the playbook still runs. */
    public boolean isOpen() {
        return this == APPLIED || this == INTERVIEWING || this == OFFER;
    }

    public static Optional<Status> parse(String text) {
        for (Status s : values()) {
            if (s.id().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (Status s : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(s.id());
        }
        return sb.toString();
    }
}
