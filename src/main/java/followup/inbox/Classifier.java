package followup.inbox;

import followup.model.EventType;
import followup.text.DateText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which event a message from them means (SPEC §6a, rules 2 to 7, the first that applies): an
 * invitation, an offer, a rejection, a delay, a decision date, else a reply. Only what they wrote
 * is read (see {@link BodyText#written}); a phrase counts only in a sentence that states it: not
 * in a question, not after "if" or "whether", not negated ("this does not mean we are not moving
 * forward"). Precision over recall: a wrong outcome is worse than a {@code reply}. Pure.
 */
public final class Classifier {

    /**
     * What a message means: an event to log (null for a cancellation, which is listed only), the
     * decision date it gives, and why, quoting the phrase or calendar part that decided.
     */
    public record Reading(EventType event, LocalDate decisionBy, String why) {
    }

    /** "an offer of a signing bonus" is not the job's offer ("an offer of employment" is). */
    private static final String NOT_OF = "(?! of (?!employment))";
    private static final String POSITION = "(?:position|role|job|post|opportunity to join|offer of employment)";

    private static final List<Pattern> OFFER = patterns(
            "\\b(?:pleased|happy|delighted|thrilled|excited|glad|honou?red)(?: and \\w+)? to (?:formally |officially )?"
                    + "(?:offer you\\b(?=(?: (?:the|a|an|this|our))(?: [\\w-]+){0,5}? " + POSITION + "\\b)"
                    + "|extend (?:to you |you )?(?:an|a|our|this|the) (?:(?:formal|written|verbal|official|conditional|job) )?offer"
                    + "|make you an offer|present you with (?:an|a|our) (?:(?:formal|written|official) )?offer)" + NOT_OF,
            "\\b(?:would|'d) (?:like|love) to (?:formally |officially )?(?:offer you\\b(?=(?: (?:the|a|an|this|our))"
                    + "(?: [\\w-]+){0,5}? " + POSITION + "\\b)"
                    + "|extend (?:to you |you )?(?:an|a|our) (?:(?:formal|written|verbal|official|conditional|job) )?offer"
                    + "|make you an offer)" + NOT_OF,
            "\\b(?:are|am|is) (?:formally |officially )?(?:offering you\\b(?=(?: (?:the|a|an|this|our))(?: [\\w-]+){0,5}? "
                    + POSITION + "\\b)|extending (?:you )?(?:an|a|our) (?:(?:formal|written|verbal|official|conditional|job) )?offer)"
                    + NOT_OF,
            "\\b(?:decided|chosen|like|love|going|able|happy|pleased|delighted|excited|thrilled) to extend "
                    + "(?:to you |you )?(?:an|a|our) (?:(?:formal|written|verbal|official|conditional|job) )?offer\\b"
                    + NOT_OF,
            "\\boffer of employment\\b",
            "\\b(?:attached|enclosed|please find|here is|here's|attaching)\\b[^.]{0,40}\\boffer letter\\b",
            "\\boffer letter\\b[^.]{0,20}\\b(?:attached|enclosed)\\b");

    private static final String WITH_OTHERS = "(?:other|another|a different|different|more qualified|other qualified|"
            + "stronger|a stronger|more experienced|a more experienced) (?:candidates?|applicants?|individuals?|profiles?|"
            + "people|finalists?)";
    private static final String THE_ROLE_ITSELF = "(?! with (?:the|this|our|that) (?:position|role|search|hiring|opening|"
            + "requisition|req|job|vacancy)\\b)";

    private static final List<Pattern> REJECTION = patterns(
            "\\b(?:move|moving|go|going|proceed|proceeding|continue|continuing|progress|progressing|pursue|pursuing|"
                    + "advance|advancing)(?: forward| ahead)? with " + WITH_OTHERS + "\\b",
            "\\b(?:go|going|move|moving|proceed|proceeding)(?: forward)? with (?:someone else|a candidate whose|"
                    + "candidates whose|an? (?:internal|external) candidate)\\b",
            "\\b(?:pursue|pursuing|chosen|selected|hired|gone with|offered the (?:role|position) to) "
                    + "(?:other|another|a different|different|an internal|an external|more qualified) "
                    + "(?:candidates?|applicants?|person|individuals?)\\b",
            "(?:\\bnot|n't|\\bno longer)(?: be)? (?:moving|move|going|go|proceeding|proceed|progressing|progress|continuing|"
                    + "continue|advancing|advance|taking|take|pursuing|pursue)(?: forward| ahead| further)? with "
                    + "(?:you\\b|your (?:application|candidacy|profile|candidature))",
            "(?:\\bnot|n't|\\bno longer)(?: be)? (?:moving|move|taking|take|inviting|invite) (?:you|your "
                    + "(?:application|candidacy)) (?:forward|further|ahead|to the next)\\b",
            "(?:\\bnot|n't|\\bno longer)(?: be)? (?:progressing|progress|advancing|advance) (?:you|your "
                    + "(?:application|candidacy))\\b",
            "\\b(?:unable|not able|cannot|can't) to (?:take|move|progress|advance) (?:you|your (?:application|candidacy))"
                    + " (?:forward|further|any further|ahead)\\b",
            "\\bhave (?:now |already )?filled (?:the|this|that) (?:position|role|opening|vacancy)\\b",
            "\\b(?:decided|chosen|elected|opted|determined) not to (?:move forward|proceed|progress|continue|pursue|"
                    + "advance|go ahead)(?: further)?\\b" + THE_ROLE_ITSELF,
            "\\b(?:you|your application|your candidacy|your profile)(?: (?:was|were|has|have|is|are|will))?(?: been)? not"
                    + "(?: been)? (?:selected|chosen|successful|shortlisted|progressed|advanced)\\b",
            "\\bnot (?:been )?selected (?:for|to)\\b",
            "\\b(?:was|were|has been|have been|is|are|'ve been) unsuccessful\\b",
            "\\b(?:unable|not able|cannot|can't|won't be able|will not be able|not in a position) to (?:offer you|"
                    + "extend (?:you )?an offer|make you an offer|move forward with your|proceed with your)\\b",
            "(?:\\bnot|n't)(?: be)? (?:extending|extend|making|make) (?:you )?an offer\\b" + NOT_OF,
            "\\b(?:position|role|job|opening|vacancy|post) (?:has|have) (?:now |already )?been filled\\b",
            "\\bno longer (?:under |being |in )?consider(?:ed|ation)\\b|\\bremoved from consideration\\b",
            "(?:\\bnot|n't)(?: be)? (?:a|the) (?:right|good|strong|best) (?:fit|match)\\b");

    private static final List<Pattern> DELAY = patterns(
            "\\btaking (?:a bit |a little |slightly |somewhat |much |a lot |far |quite a bit )?longer than "
                    + "(?:we )?(?:originally )?(?:expected|anticipated|planned|hoped|thought)\\b",
            "\\b(?:pushed|pushing|push|moved|moving) (?:back|out)\\b(?! on\\b)",
            "\\b(?:has|have|had|is|are|was|were|'s|'re) (?:been |being )?(?:delayed|postponed)\\b",
            "\\bdelays? in (?:our|the|making a|making our|reaching a|reaching our) (?:final )?(?:decision|process|hiring|"
                    + "timeline)\\b",
            "\\b(?:need|needs|needed) (?:a (?:bit|little) |some |a few |a couple (?:of )?)?(?:more|additional|extra) "
                    + "(?:time|days|weeks)\\b",
            "\\b(?:running|are|is) behind(?: schedule)?\\b",
            "\\b(?:position|role|search|process|hiring|decision|requisition|opening|recruitment)\\b[^.]{0,30}\\b"
                    + "(?:on hold|paused)\\b",
            "\\b(?:timeline|timing|schedule|process|decision date) (?:has |have )?(?:shifted|slipped|changed)\\b");

    /** What says they will tell you something: the sentence's date is then when you will hear. */
    private static final Pattern CUE = Pattern.compile("\\b(?:get back to you|get back in touch|hear back|"
            + "hear from (?:us|me|the team|them|our team)|you(?:'ll| will| should| can expect to) hear|expect to hear|"
            + "(?:make|reach|have|finali[sz]e|come to|announce|share) (?:a |our |the |their |its |any )?(?:final |hiring )?"
            + "decisions?|decisions? (?:will|should|is expected|are expected|is due|by|on or before)|decide by|"
            + "let you know|be in touch|update you|(?:send|give|provide) you (?:an )?update|have (?:an )?update|"
            + "reach out|circle back|come back to you|follow up with you|next steps|feedback)\\b");
    /** Cues that say it by themselves; others need a future ("we will", "we expect"). */
    private static final Pattern SELF_SUFFICIENT = Pattern.compile(
            "^(?:decisions? (?:is expected|are expected|is due|by|on or before)|decide by|expect to hear|you(?:'ll| will| should| can expect to) hear)");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|expect|expects|expected|hope|hoping|plan|planning|aim|aiming|should|going to|intend|"
                    + "anticipate|target|targeting)\\b|'ll\\b");

    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\b(?:if|whether|unless|in case|in the event|should (?:we|you|it|they))\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|no|never|cannot|unable|without|nor|doesn't|don't|didn't|isn't|wasn't|won't|haven't|hasn't)\\b|n't\\b");
    private static final Pattern REGRET = Pattern.compile(
            "\\b(?:wish|wished|hoped|hoping|would have|unfortunately|sadly|regret|regrettably|but|however)\\b");

    private Classifier() {
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }

    /**
     * @param written    what they wrote (already without quotes and signature)
     * @param invitation the calendar part, or null
     * @param m          the message's date, in local time
     */
    public static Reading classify(String written, Invitation invitation, LocalDate m, Set<DayOfWeek> workDays) {
        if (invitation != null && invitation.isRequest()) {
            return new Reading(EventType.INTERVIEW, null, "an invitation (text/calendar METHOD:REQUEST) starting "
                    + invitation.when());
        }
        if (invitation != null && invitation.isCancel()) {
            return new Reading(null, null, "a cancellation (text/calendar METHOD:CANCEL) of the event starting "
                    + invitation.when() + ": listed, never logged");
        }
        if (invitation != null && "REPLY".equals(invitation.method())) {
            return new Reading(null, null, "an answer to an invitation (text/calendar METHOD:REPLY, \"Accepted: ...\"): "
                    + "a calendar's notice, not a word from them");
        }
        List<String> sentences = BodyText.sentences(written);
        for (String s : sentences) {
            String found = statement(s, OFFER, true);
            if (found != null) {
                return new Reading(EventType.OFFER, null, "an offer: \"" + found + "\"");
            }
        }
        for (String s : sentences) {
            String found = statement(s, REJECTION, false);
            if (found != null) {
                return new Reading(EventType.REJECTED, null, "a rejection: \"" + found + "\"");
            }
        }
        for (String s : sentences) {
            Matcher delay = first(s, DELAY, false);
            if (delay != null) {
                LocalDate newDate = dateAfter(s, delay.end(), m, workDays);
                Decision decision = newDate != null ? null : decision(sentences, m, workDays);
                LocalDate d = newDate != null ? newDate : decision == null ? null : decision.date;
                String phrase = s.substring(delay.start(), delay.end());
                return new Reading(EventType.DELAYED, d, "a delay: \"" + phrase + "\""
                        + (d == null ? " (no new date given)" : "; the new date " + DateText.dayAndPaddedYear(d)));
            }
        }
        Decision decision = decision(sentences, m, workDays);
        if (decision != null) {
            return new Reading(EventType.TIMELINE, decision.date, "a decision date: \"" + decision.phrase + "\" ("
                    + DateText.dayAndPaddedYear(decision.date) + ", counted from the message's date " + DateText.dayAndPaddedYear(m) + ")");
        }
        return new Reading(EventType.REPLY, null,
                "a reply: no invitation, offer, rejection, delay or decision date in what they wrote");
    }

    /** The phrase of {@code patterns} that {@code sentence} states, or null. */
    private static String statement(String sentence, List<Pattern> patterns, boolean offer) {
        Matcher m = first(sentence, patterns, offer);
        return m == null ? null : sentence.substring(m.start(), m.end());
    }

    /** The first phrase of {@code patterns} that the sentence states (see the class comment), or null. */
    private static Matcher first(String sentence, List<Pattern> patterns, boolean offer) {
        if (isQuestion(sentence)) {
            return null;
        }
        String lower = DatePhrases.lower(sentence);
        for (Pattern p : patterns) {
            Matcher m = p.matcher(lower);
            while (m.find()) {
                if (stated(lower, m.start(), offer)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static boolean isQuestion(String sentence) {
        return sentence.strip().endsWith("?");
    }

    /**
     * Whether a phrase at {@code start} is stated: no "if"/"whether" before it in the sentence, no
     * negation before it in its clause, and for an offer no regret or "but" anywhere around it.
     */
    private static boolean stated(String lower, int start, boolean offer) {
        String before = lower.substring(0, start);
        if (CONDITIONAL.matcher(before).find()) {
            return false;
        }
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                Math.max(before.lastIndexOf(':'), before.lastIndexOf('\u2014')));
        if (NEGATION.matcher(before.substring(clause + 1)).find()) {
            return false;
        }
        return !offer || !(REGRET.matcher(lower).find() || NEGATION.matcher(before).find());
    }

    private record Decision(LocalDate date, String phrase) {
    }

    /** The first sentence that says when you will hear, with its date. */
    private static Decision decision(List<String> sentences, LocalDate m, Set<DayOfWeek> workDays) {
        for (String s : sentences) {
            if (isQuestion(s)) {
                continue;
            }
            String lower = DatePhrases.lower(s);
            Matcher cue = CUE.matcher(lower);
            if (!cue.find()) {
                continue;
            }
            String said = lower.substring(cue.start());
            if (!SELF_SUFFICIENT.matcher(said).find() && !FUTURE.matcher(lower).find()) {
                continue;
            }
            List<DatePhrases.Found> dates = DatePhrases.all(s, m, workDays);
            DatePhrases.Found chosen = null;
            for (DatePhrases.Found f : dates) {
                if (f.start() >= cue.start()) {
                    chosen = f;
                    break;
                }
            }
            if (chosen == null && !dates.isEmpty() && dates.get(dates.size() - 1).end() <= cue.start()) {
                chosen = dates.get(dates.size() - 1);
            }
            if (chosen == null || !chosen.date().isAfter(m.minusDays(1))) {
                continue;
            }
            int from = Math.min(cue.start(), chosen.start());
            int to = Math.max(cue.end(), chosen.end());
            String upTo = lower.substring(0, to);
            if (CONDITIONAL.matcher(upTo).find() || NEGATION.matcher(upTo).find()) {
                continue;
            }
            return new Decision(chosen.date(), s.substring(from, to));
        }
        return null;
    }

    /** A date named after {@code from} in the sentence (a delay's new date), or null. */
    private static LocalDate dateAfter(String sentence, int from, LocalDate m, Set<DayOfWeek> workDays) {
        for (DatePhrases.Found f : DatePhrases.all(sentence, m, workDays)) {
            if (f.start() >= from) {
                return f.date();
            }
        }
        return null;
    }
}
