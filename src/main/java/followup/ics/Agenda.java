package followup.ics;

import followup.model.Application;
import followup.model.Interview;
import followup.schedule.Action;
import followup.schedule.ActionType;
import followup.schedule.History;
import followup.store.Ids;
import followup.text.DateText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * What {@code followup calendar} puts on the calendar: the playbook's actions as all-day
 * reminders, and the scheduled interviews (timed when the file gives a time).
 *
 * <p>UIDs name the action, the person and the application, never the date
 * ({@code thanks-jane-doe.acme@followup}), so a re-imported or re-fetched file moves an event
 * rather than adding a second one. An interview is named by its day
 * ({@code interview-2026-11-24.acme@followup}): its day is what identifies it in the file.
 *
 * <p>Calendar logic only: the command line reaches it from {@code followup calendar}, and passes
 * in how it spells the command that does an action, which a reminder's description cites.
 */
public final class Agenda {

    /** An interview's length when the file gives only its start. */
    static final Duration INTERVIEW_LENGTH = Duration.ofHours(1);
    /** An interview's reminder, when its time is known: an hour before, time to get there or log in. */
    static final Duration INTERVIEW_REMINDER = Duration.ofHours(-1);
    /** An action's reminder: at 9:00 on its morning (an all-day event starts at midnight). */
    static final Duration ACTION_REMINDER = Duration.ofHours(9);


    private static final Map<ActionType, String> TITLES = new EnumMap<>(Map.ofEntries(
            Map.entry(ActionType.ASK_TIMELINE, "Ask for the timeline"),
            Map.entry(ActionType.THANKS, "Thank-you"),
            Map.entry(ActionType.PAPER_NOTE, "Paper note"),
            Map.entry(ActionType.LINKEDIN, "LinkedIn"),
            Map.entry(ActionType.CHECK_IN, "Check-in"),
            Map.entry(ActionType.FOLLOW_UP, "Follow-up"),
            Map.entry(ActionType.MOVE_ON, "Move on"),
            Map.entry(ActionType.REJECTION_REPLY, "Reply to the rejection"),
            Map.entry(ActionType.TELL_OFFER, "Tell of your offer"),
            Map.entry(ActionType.ANSWER_OFFER, "Answer the offer"),
            Map.entry(ActionType.WITHDRAW, "Withdraw"),
            Map.entry(ActionType.KEEP_IN_TOUCH, "Keep in touch")));

    private Agenda() {
    }

    /**
     * @param actions what the playbook scheduled up to {@code today + days}; overdue ones go on
     *                {@code today}, where they will be seen
     * @param command the command line that does an action ({@code followup draft thanks acme}),
     *                for the "Do it:" line of its description
     */
    public static List<IcsEvent> events(List<Application> applications, List<Action> actions, LocalDate today,
            int days, Function<Action, String> command) {
        List<IcsEvent> events = new ArrayList<>();
        Set<String> uids = new HashSet<>();
        // ask-timeline is due on an interview's day: it belongs in that interview's description
        Map<String, String> askTimeline = new HashMap<>();
        for (Action a : actions) {
            if (a.type() == ActionType.ASK_TIMELINE) {
                askTimeline.put(a.application().id() + " " + a.due(), a.why());
            }
        }
        LocalDate horizon = today.plusDays(days);
        for (Application app : applications) {
            if (!new History(app, today).status.isOpen()) {
                continue;
            }
            Map<LocalDate, Integer> perDay = new HashMap<>();
            for (Interview i : app.interviews()) {
                if (i.date().isBefore(today) || i.date().isAfter(horizon)) {
                    continue;
                }
                int n = perDay.merge(i.date(), 1, Integer::sum);
                String uid = unique(uids, "interview-" + i.date() + (n > 1 ? "-" + n : "") + "." + app.id());
                events.add(new IcsEvent(uid, i.date(), i.time(), INTERVIEW_LENGTH, "Interview: " + company(app),
                        interview(app, i, askTimeline.get(app.id() + " " + i.date())), true,
                        i.time() == null ? null : INTERVIEW_REMINDER));
            }
        }
        for (Action a : actions) {
            if (a.type() == ActionType.ASK_TIMELINE && hasInterview(events, a)) {
                continue;
            }
            String person = a.to() == null ? "" : "-" + person(a.to());
            String uid = unique(uids, a.type().id() + person + "." + a.application().id());
            String summary = TITLES.get(a.type()) + (a.to() == null ? "" : " (" + a.to() + ")") + ": "
                    + company(a.application());
            LocalDate day = a.due().isBefore(today) ? today : a.due();
            events.add(new IcsEvent(uid, day, null, null, summary, action(a, today, command), false, ACTION_REMINDER));
        }
        events.sort(Comparator.comparing(IcsEvent::date)
                .thenComparing(e -> e.time() == null ? "" : e.time().toString())
                .thenComparing(IcsEvent::uid));
        return events;
    }

    private static boolean hasInterview(List<IcsEvent> events, Action a) {
        String suffix = "." + a.application().id() + "@followup";
        return events.stream().anyMatch(e -> e.date().equals(a.due()) && e.uid().startsWith("interview-")
                && e.uid().endsWith(suffix));
    }

    private static String interview(Application app, Interview i, String askTimeline) {
        StringBuilder sb = new StringBuilder(headline(app));
        if (i.kind() != null || !i.with().isEmpty()) {
            sb.append("\n").append(i.kind() == null ? "Interview" : capitalize(i.kind()))
                    .append(i.with().isEmpty() ? "" : " with " + String.join(", ", i.with())).append('.');
        }
        if (askTimeline != null) {
            sb.append("\n").append(askTimeline);
        }
        sb.append("\n\nSend the thank-you the same day: followup draft thanks ").append(app.id());
        return sb.toString();
    }

    private static String action(Action a, LocalDate today, Function<Action, String> command) {
        StringBuilder sb = new StringBuilder(headline(a.application())).append('\n').append(a.why());
        if (a.due().isBefore(today)) {
            sb.append("\nOverdue since ").append(DateText.day(a.due(), today)).append('.');
        }
        sb.append("\n\nDo it: ").append(command.apply(a));
        return sb.toString();
    }

    private static String headline(Application app) {
        return company(app) + (app.role() == null || app.role().isBlank() ? "" : " — " + app.role());
    }

    private static String company(Application app) {
        return app.company() == null || app.company().isBlank() ? app.id() : app.company();
    }

    private static String capitalize(String s) {
        String t = s.strip();
        return t.isEmpty() ? "Interview" : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    /**
     * A person's part of a UID: the id rule's slug ("Zoë Dupont" → {@code zoe-dupont}); a name with
     * no Latin letters gets a checksum of its text, which is just as stable.
     */
    static String person(String name) {
        String slug = Ids.slug(name);
        boolean noLatin = slug.equals("application") && !name.toLowerCase(Locale.ROOT).contains("application");
        if (!noLatin) {
            return slug;
        }
        CRC32 crc = new CRC32();
        crc.update(name.strip().getBytes(StandardCharsets.UTF_8));
        return "p" + Long.toHexString(crc.getValue());
    }

    /** {@code base@followup}, or with -2, -3 ... when an earlier event took it (two offers elsewhere at once). */
    private static String unique(Set<String> taken, String base) {
        String uid = base + "@followup";
        for (int n = 2; !taken.add(uid); n++) {
            uid = base + "-" + n + "@followup";
        }
        return uid;
    }
}
