package followup.stats;

import followup.model.Application;
import followup.model.Config;
import followup.model.LogEntry;
import followup.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The patterns in one's search (seed 003: "If you set up a system for monitoring interview
 * follow-up you can see if there is a pattern to why you might be missing your goals"): the
 * funnel, how companies answer, one's own follow-up discipline, and the feedback received.
 *
 * <p>A pure function of (applications, config, as-of date, since): no clock, file or environment.
 * Every figure is a count beside its denominator ({@link Ratio}) so the reader can judge it; a
 * share or median over fewer than {@link #MIN_SAMPLE} applications is "too little data to conclude".
 *
 * @param asOf           the as-of date T; entries after it do not count
 * @param since          only applications with activity on or after this day, or null for all
 * @param total          applications read, before {@code since}
 * @param ghostAfterDays days of silence after the last interview that count as "ghosted"
 * @param funnel         applications → interviewed → offer → accepted
 * @param outcomes       applications by their status on T, every status present
 * @param response       how companies answered after an interview
 * @param bySource       the funnel and response per {@code source:}, largest first, no source last
 * @param discipline     one's own follow-up habits
 * @param feedback       the {@code feedback} notes, grouped by company (alphabetical)
 * @param themes         words or phrases in the feedback of two or more companies
 */
public record Stats(
        LocalDate asOf,
        LocalDate since,
        int total,
        int ghostAfterDays,
        Funnel funnel,
        Map<Status, Integer> outcomes,
        Response response,
        List<Source> bySource,
        Discipline discipline,
        List<CompanyFeedback> feedback,
        List<Theme> themes) {

    /** Shares and medians over fewer than this many applications are too little data to conclude. */
    public static final int MIN_SAMPLE = 5;

    /** applications → interviewed → offer → accepted; each stage a {@link Ratio} of the one before. */
    public record Funnel(int applications, Ratio interviewed, Ratio offer, Ratio accepted) {
    }

    /**
     * After an interview. {@code answered}: they said anything after the first interview (a reply,
     * a date, feedback, a decision, the next round). {@code ghosted}: no word after the last
     * interview for {@link Stats#ghostAfterDays} or more, or you closed it without one.
     * {@code waiting}: no word yet, too early to tell. Days count from the first interview.
     */
    public record Response(int interviewed, Ratio answered, Ratio ghosted, int waiting, Days firstAnswer,
            Days decision) {
    }

    /** One {@code source:} value (null: applications without one). */
    public record Source(String source, Funnel funnel, Response response) {
    }

    /**
     * Thank-yous per interview day (on time: the same day; late: before the next round; never),
     * check-ins and follow-ups, what you sent before moving on, and rejections answered.
     */
    public record Discipline(Thanks thanks, Nudges nudges, MovingOn movingOn, Ratio rejectionReplies) {
    }

    /** Interview days by when their thank-you went out; an interview on T with none yet is not counted. */
    public record Thanks(int onTime, int late, int never) {
        public int days() {
            return onTime + late + never;
        }

        public Ratio onTimeRatio() {
            return new Ratio(onTime, days());
        }
    }

    /** Check-ins and follow-ups sent, over the applications that had an interview. */
    public record Nudges(int checkIns, int followUps, int applications) {
        /** (check-ins + follow-ups) per interviewed application, or null when none was interviewed. */
        public Double perApplication() {
            return applications == 0 ? null : (double) (checkIns + followUps) / applications;
        }
    }

    /** Closed applications (you moved on), the check-ins and follow-ups sent before, and how many had none. */
    public record MovingOn(int closed, int nudges, int withoutNudge) {
        public Double perApplication() {
            return closed == 0 ? null : (double) nudges / closed;
        }
    }

    /** The feedback one company gave, oldest first. */
    public record CompanyFeedback(String company, List<Note> notes) {
    }

    /** One {@code feedback} entry; {@code note} is null when none was written. */
    public record Note(String id, LocalDate date, String note) {
    }

    /** Words said in the feedback of several companies. */
    public record Theme(String words, List<String> companies) {
    }

    /**
     * @param applications every application read, in any order
     * @param config       the playbook's numbers (they define "ghosted")
     * @param today        the as-of date T
     * @param since        only applications with activity from this day to T, or null for all
     */
    public static Stats compute(List<Application> applications, Config config, LocalDate today, LocalDate since) {
        Objects.requireNonNull(today, "today");
        int ghostAfter = ghostAfter(config);
        List<Facts> all = new ArrayList<>();
        for (Application a : applications) {
            Facts f = new Facts(a, today, ghostAfter);
            if (since == null || f.activeSince(since)) {
                all.add(f);
            }
        }
        all.sort(Comparator.comparing(f -> f.app.id(), Comparator.nullsFirst(Comparator.naturalOrder())));

        Map<Status, Integer> outcomes = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            outcomes.put(s, 0);
        }
        all.forEach(f -> outcomes.merge(f.status, 1, Integer::sum));

        List<CompanyFeedback> feedback = feedback(all);
        return new Stats(today, since, applications.size(), ghostAfter, funnel(all),
                Collections.unmodifiableMap(outcomes), response(all), bySource(all), discipline(all),
                feedback, Themes.of(notesByCompany(feedback)));
    }

    /** Days of silence after the last interview that count as "ghosted" (the {@code stats} silence threshold). */
    static int ghostAfter(Config config) {
        // no word by the time the playbook would say to move on had you checked in on time
        return config.playbook().checkInAfterInterview() + config.playbook().moveOnAfter();
    }

    private static Funnel funnel(List<Facts> group) {
        int n = group.size();
        int interviewed = count(group, f -> f.interviewed);
        int offer = count(group, f -> f.offer);
        int accepted = count(group, f -> f.accepted);
        return new Funnel(n, new Ratio(interviewed, n), new Ratio(offer, interviewed), new Ratio(accepted, offer));
    }

    private static Response response(List<Facts> group) {
        List<Facts> interviewed = group.stream().filter(f -> f.interviewed).toList();
        int n = interviewed.size();
        return new Response(n,
                new Ratio(count(interviewed, f -> f.answered), n),
                new Ratio(count(interviewed, f -> f.silence == Facts.Silence.GHOSTED), n),
                count(interviewed, f -> f.silence == Facts.Silence.WAITING),
                Days.of(interviewed.stream().map(f -> f.daysToFirstAnswer).filter(Objects::nonNull).toList()),
                Days.of(interviewed.stream().map(f -> f.daysToDecision).filter(Objects::nonNull).toList()));
    }

    private static List<Source> bySource(List<Facts> all) {
        Map<String, List<Facts>> groups = new LinkedHashMap<>(); // folded source -> its applications
        for (Facts f : all) {
            String s = f.source();
            groups.computeIfAbsent(s == null ? null : s.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
        }
        List<Source> out = new ArrayList<>();
        groups.forEach((key, group) -> out.add(new Source(key == null ? null : spelling(group), funnel(group),
                response(group))));
        out.sort(Comparator.comparing((Source s) -> s.source() == null)
                .thenComparing(s -> -s.funnel().applications())
                .thenComparing(s -> s.source() == null ? "" : s.source().toLowerCase(Locale.ROOT)));
        return List.copyOf(out);
    }

    /** The way most applications of a group write their source ("job board" over one "Job Board"). */
    private static String spelling(List<Facts> group) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        group.forEach(f -> counts.merge(f.source(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static Discipline discipline(List<Facts> all) {
        Thanks thanks = new Thanks(sum(all, f -> f.thanksOnTime), sum(all, f -> f.thanksLate),
                sum(all, f -> f.thanksNever));
        List<Facts> interviewed = all.stream().filter(f -> f.interviewed).toList();
        Nudges nudges = new Nudges(sum(interviewed, f -> f.checkIns), sum(interviewed, f -> f.followUps),
                interviewed.size());
        List<Facts> closed = all.stream().filter(f -> f.nudgesBeforeMovingOn != null).toList();
        MovingOn movingOn = new MovingOn(closed.size(), sum(closed, f -> f.nudgesBeforeMovingOn),
                count(closed, f -> f.nudgesBeforeMovingOn == 0));
        List<Facts> rejected = all.stream().filter(f -> f.rejectionReplied != null).toList();
        return new Discipline(thanks, nudges, movingOn,
                new Ratio(count(rejected, f -> f.rejectionReplied), rejected.size()));
    }

    private static List<CompanyFeedback> feedback(List<Facts> all) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, List<Note>> notes = new LinkedHashMap<>();
        for (Facts f : all) {
            for (LogEntry e : f.feedback) {
                String key = company(f).toLowerCase(Locale.ROOT);
                shown.putIfAbsent(key, company(f));
                String note = e.note() == null || e.note().isBlank() ? null : e.note().strip();
                notes.computeIfAbsent(key, k -> new ArrayList<>()).add(new Note(f.app.id(), e.date(), note));
            }
        }
        return notes.keySet().stream().sorted()
                .map(k -> new CompanyFeedback(shown.get(k), notes.get(k).stream()
                        .sorted(Comparator.comparing(Note::date)).toList()))
                .toList();
    }

    private static Map<String, List<String>> notesByCompany(List<CompanyFeedback> feedback) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (CompanyFeedback c : feedback) {
            notes.put(c.company(), c.notes().stream().map(Note::note).filter(Objects::nonNull).toList());
        }
        return notes;
    }

    private static String company(Facts f) {
        String c = f.app.company();
        return c == null || c.isBlank() ? String.valueOf(f.app.id()) : c.strip();
    }

    private static int count(List<Facts> group, Predicate<Facts> p) {
        return (int) group.stream().filter(p).count();
    }

    private static int sum(List<Facts> group, ToIntFunction<Facts> value) {
        return group.stream().mapToInt(value).sum();
    }
}
