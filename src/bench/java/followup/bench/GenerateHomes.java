package followup.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes data homes of realistic applications for the benchmark: a mix of statuses, one to three
 * contacts, interviews, logs of 1-20 events in date order, the odd comment, note and non-ASCII
 * name. Deterministic (fixed seed), dated around {@link #AS_OF} so that {@code today --as-of}
 * schedules the same actions on every machine.
 *
 * <p>Self-contained (JDK only) so the bench script runs it straight from source:
 * {@code java src/bench/java/followup/bench/GenerateHomes.java OUT 10 1000 10000} writes
 * {@code OUT/home-10}, {@code OUT/home-1000}, ...
 */
public final class GenerateHomes {

    /** The date the generated homes are meant to be read at. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static final String[] FIRST = {"Acme", "Globex", "Initech", "Hooli", "Umbrella", "Stark",
        "Wayne", "Cyberdyne", "Tyrell", "Soylent", "Wonka", "Gringotts", "Oscorp", "Aperture", "Massive",
        "Pied", "Vandelay", "Dunder", "Prestige", "Monarch", "Nakatomi", "Sirius", "Virtucon", "Zorg",
        "Société", "Ærø", "Nordlys", "Bluth", "Krusty", "Spacely"};
    private static final String[] SECOND = {"Corp", "Industries", "Health", "Labs", "Systems", "Dynamics",
        "Software", "Logistics", "Analytics", "Robotics", "Générale", "Media", "Energy", "Foods", "Bank",
        "Cloud", "Networks", "Games", "Insurance", "Motors"};
    private static final String[] ROLES = {"Backend Engineer", "Platform Engineer", "Software Engineer II",
        "Data Engineer", "Site Reliability Engineer", "Staff Engineer", "Engineering Manager",
        "Frontend Developer", "Security Engineer", "Mobile Developer"};
    private static final String[] PEOPLE = {"Jane Doe", "Raj Patel", "Hank Scorpio", "Pepper Potts",
        "Alice Abernathy", "Gavin Belson", "Miles Dyson", "Ellen Ripley", "Chloé Martin", "Bjørn Larsen",
        "Amara Okafor", "Wei Zhang", "Lucía Fernández", "Tom Nguyen", "Sara Cohen", "Kenji Sato"};
    private static final String[] TITLES = {"Hiring Manager", "Recruiter", "Staff Engineer",
        "VP Engineering", "Engineering Manager", "Talent Partner"};
    private static final String[] SOURCES = {"referral", "job board", "recruiter", "company site", "meetup"};
    private static final String[] KINDS = {"phone screen", "video", "onsite", "take-home review", "final"};
    private static final String[] NOTES = {"sent from phone", "mentioned the migration project",
        "asked about on-call", "they liked the take-home", "shared the article on error budgets",
        "\"we'll be in touch\"", "two weeks, they said"};

    private GenerateHomes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateHomes OUT N...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            write(out.resolve("home-" + n), n);
        }
    }

    /** Writes {@code n} applications and a config into {@code home} (created if missing). */
    public static void write(Path home, int n) throws IOException {
        Path apps = home.resolve("applications");
        Files.createDirectories(apps);
        Files.writeString(home.resolve("config.yaml"), "me:\n  name: Alex Morgan\n  email: alex@example.org\n"
                + "work-days: [mon, tue, wed, thu, fri]\n", StandardCharsets.UTF_8);
        Random random = new Random(17L * n + 1);
        Set<String> ids = new HashSet<>();
        int offers = Math.min(2, n / 500);
        for (int i = 0; i < n; i++) {
            String company = pick(random, FIRST) + " " + pick(random, SECOND);
            String id = slug(company);
            for (int k = 2; !ids.add(id); k++) {
                id = slug(company) + "-" + k;
            }
            String status = i < offers ? "offer" : status(random);
            Files.writeString(apps.resolve(id + ".yaml"), application(random, company, status), StandardCharsets.UTF_8);
        }
    }

    private static String status(Random random) {
        int r = random.nextInt(100);
        if (r < 30) {
            return "applied";
        } else if (r < 62) {
            return "interviewing";
        } else if (r < 87) {
            return "rejected";
        } else if (r < 96) {
            return "closed";
        } else if (r < 99) {
            return "withdrawn";
        }
        return "declined";
    }

    private static String application(Random random, String company, String status) {
        StringBuilder sb = new StringBuilder();
        sb.append("company: ").append(company).append('\n');
        sb.append("role: ").append(pick(random, ROLES)).append('\n');
        sb.append("status: ").append(status).append('\n');
        sb.append("source: ").append(pick(random, SOURCES)).append('\n');
        LocalDate applied = AS_OF.minusDays(5 + random.nextInt(180));
        sb.append("applied: ").append(applied).append('\n');
        List<String> people = new ArrayList<>();
        int contacts = 1 + random.nextInt(3);
        sb.append("contacts:\n");
        for (int c = 0; c < contacts; c++) {
            String name = pick(random, PEOPLE);
            if (people.contains(name)) {
                continue;
            }
            people.add(name);
            sb.append("  - name: ").append(name).append('\n');
            sb.append("    title: ").append(pick(random, TITLES)).append('\n');
            sb.append("    email: ").append(slug(name).replace('-', '.')).append('@').append(slug(company)).append(".example\n");
            if (random.nextInt(3) == 0) {
                sb.append("    phone: \"+1 555 01").append(10 + random.nextInt(90)).append("\"\n");
            }
        }
        // the log: interviews with their thank-yous and replies, then nudges, then the outcome
        int events = 1 + random.nextInt(20);
        List<String[]> log = new ArrayList<>();
        List<LocalDate> rounds = new ArrayList<>();
        LocalDate day = applied;
        boolean interviews = !status.equals("applied");
        while (log.size() < events) {
            day = day.plusDays(1 + random.nextInt(6));
            if (day.isAfter(AS_OF)) {
                break;
            }
            int r = random.nextInt(10);
            if (interviews && (rounds.isEmpty() || r < 3) && rounds.size() < 4) {
                rounds.add(day);
                log.add(new String[] {day.toString(), "thanks", null});
                if (random.nextBoolean()) {
                    log.add(new String[] {day.plusDays(1).toString(), "linkedin", null});
                }
            } else if (r < 5) {
                log.add(new String[] {day.toString(), "reply", random.nextBoolean() ? pick(random, NOTES) : null});
            } else if (r < 6) {
                log.add(new String[] {day.toString(), "timeline", null, day.plusDays(7 + random.nextInt(7)).toString()});
            } else if (r < 8) {
                log.add(new String[] {day.toString(), "check-in", null});
            } else {
                log.add(new String[] {day.toString(), "follow-up", random.nextInt(3) == 0 ? pick(random, NOTES) : null});
            }
        }
        String outcome = switch (status) {
            case "rejected" -> "rejected";
            case "closed" -> "closed";
            case "withdrawn" -> "withdrew";
            case "declined" -> "declined";
            case "offer" -> "offer";
            default -> null;
        };
        if (outcome != null) {
            LocalDate when = AS_OF.minusDays(random.nextInt(4));
            log.add(new String[] {(when.isBefore(day) ? day : when).toString(), outcome, null});
            if (outcome.equals("rejected") && random.nextBoolean()) {
                log.add(new String[] {log.get(log.size() - 1)[0], "rejection-reply", null});
            }
        }
        if (status.equals("interviewing") && random.nextInt(4) == 0) {
            rounds.add(AS_OF.plusDays(random.nextInt(10)));
        }
        if (!rounds.isEmpty()) {
            sb.append("interviews:\n");
            for (int k = 0; k < rounds.size(); k++) {
                if (k == 1 && random.nextInt(3) == 0) {
                    sb.append("  # the second round: system design\n");
                }
                sb.append("  - date: ").append(rounds.get(k)).append('\n');
                if (random.nextBoolean()) {
                    sb.append("    time: \"").append(9 + random.nextInt(8)).append(":").append(random.nextBoolean() ? "00" : "30").append("\"\n");
                }
                sb.append("    with: [").append(people.get(random.nextInt(people.size()))).append("]\n");
                sb.append("    kind: ").append(pick(random, KINDS)).append('\n');
            }
        }
        if (random.nextInt(4) == 0) {
            sb.append("anchor: the book \"Accelerate\" they recommended\n");
        }
        if (random.nextInt(5) == 0) {
            sb.append("notes: |\n  Team of ").append(3 + random.nextInt(9)).append(", owns the payments API.\n"
                    + "  Ask about the on-call rotation next time.\n");
        }
        log.sort((a, b) -> a[0].compareTo(b[0]));
        sb.append("log:\n");
        for (String[] e : log) {
            sb.append("  - date: ").append(e[0]).append('\n');
            sb.append("    event: ").append(e[1]).append('\n');
            if (e.length > 3) {
                sb.append("    decision-by: ").append(e[3]).append('\n');
            }
            if (e[2] != null) {
                sb.append("    note: ").append(e[2].startsWith("\"") ? "\"" + e[2].replace("\"", "\\\"") + "\"" : e[2]).append('\n');
            }
        }
        return sb.toString();
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** Close enough to the tool's own id rule for generated names (ASCII letters, digits, hyphens). */
    private static String slug(String s) {
        String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replace("Æ", "Ae").replace("æ", "ae").replace("ø", "o").replace("Ø", "O")
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
