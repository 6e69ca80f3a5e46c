package followup.draft;

import followup.schedule.Outcome;

/**
 * What a draft is about beyond its own application.
 *
 * @param other the offer elsewhere an {@code other-offer} tells of, or the contract signed
 *              elsewhere a {@code withdraw} is for: the outcome the playbook's action carries, so
 *              that the draft names the company (and the day to answer by) that {@code today}'s
 *              why names; null when there is none
 * @param link  a link worth sharing in a {@code follow-up} ({@code --link}), or null
 * @param about what the follow-up shares, in words ({@code --about}: "your talk at KubeCon"), or null
 */
public record Extras(Outcome other, String link, String about) {

    /** Nothing beyond the application. */
    public static final Extras NONE = new Extras(null, null, null);
}
