package followup.draft;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The messages {@code followup draft} can write (SPEC §7). Each kind has one built-in template,
 * {@code /followup/templates/<id>.mustache} on the classpath, which a user's
 * {@code templates/<id>.mustache} overrides.
 */
public enum DraftKind {
    /** The thank-you email sent the day of an interview. */
    THANKS,
    /** A paper thank-you note: a letter to print, with the date and the contact's address. */
    NOTE(0, false),
    /** A LinkedIn connection request; LinkedIn caps its note at 300 characters. */
    LINKEDIN(300, false),
    /** The brief note a day or two after the promised decision date. */
    CHECK_IN,
    /** A later, purposeful follow-up while still waiting. */
    FOLLOW_UP,
    /** The gracious answer to a rejection. */
    REJECTION_REPLY,
    /** Telling them, honestly, that another company has made an offer. */
    OTHER_OFFER,
    /** Withdrawing after accepting another position. */
    WITHDRAW,
    /** The occasional note, months later, that keeps the door open. */
    KEEP_IN_TOUCH;

    private final int maxBodyLength;
    private final boolean mail;

    DraftKind() {
        this(0, true);
    }

    DraftKind(int maxBodyLength, boolean mail) {
        this.maxBodyLength = maxBodyLength;
        this.mail = mail;
    }

    /**
     * Whether it is an email, with {@code To:} and {@code Subject:}: not the paper note (a letter)
     * nor the LinkedIn request (a connection note), which {@code --eml} and {@code --mailto} refuse.
     */
    public boolean isMail() {
        return mail;
    }

    /** The name used on the command line and as the template's file name ({@code check-in}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The most characters the body may have where the message goes, if the medium caps it. */
    public OptionalInt maxBodyLength() {
        return maxBodyLength == 0 ? OptionalInt.empty() : OptionalInt.of(maxBodyLength);
    }

    /** The kind with that id, exactly as {@link #id()} spells it. */
    public static Optional<DraftKind> parse(String id) {
        for (DraftKind kind : values()) {
            if (kind.id().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** All ids, comma-separated, for usage messages. */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (DraftKind kind : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(kind.id());
        }
        return sb.toString();
    }
}
