package followup.store;

import followup.UserException;
import followup.model.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code config.yaml}: {@code me: {name, email, phone}}, {@code work-days: [mon, ...]} and
 * {@code playbook:} numbers. A missing file means the defaults; a bad one is a data error naming
 * the line, and an unknown setting is refused so a typo never silently does nothing.
 */
public final class ConfigFile {

    private static final Set<String> TOP = Set.of("me", "work-days", "playbook");
    private static final Set<String> ME = Set.of("name", "email", "phone");
    private static final Set<String> PLAYBOOK = Set.of("paper-note", "linkedin", "thanks-expire-after",
            "check-in-after-decision",
            "check-in-after-interview", "follow-up-every", "move-on-after", "keep-in-touch-every",
            "keep-in-touch-max");

    private ConfigFile() {
    }

    public static Config read(Path file) {
        if (!Files.exists(file)) {
            return Config.DEFAULTS;
        }
        String shown = file.toString();
        try {
            byte[] bytes = FileText.readBytes(file, shown);
            YamlNode root = YamlDocument.parse(FileText.decode(bytes, shown, shown)).root();
            return root == null ? Config.DEFAULTS : config(root);
        } catch (InvalidFileException e) {
            throw UserException.data(e.problem().toString());
        } catch (YamlSyntaxException e) {
            throw UserException.data(shown + ":" + (e.line + 1) + ":" + (e.column + 1) + ": " + e.getMessage());
        }
    }

    private static Config config(YamlNode root) throws YamlSyntaxException {
        YamlNode.Mapping map = mapping(root, "the config", TOP);
        Config.Me me = null;
        YamlNode.Entry meEntry = map.get("me");
        if (meEntry != null) {
            YamlNode.Mapping m = mapping(meEntry.value(), "'me'", ME);
            me = new Config.Me(ApplicationCodec.text(m, "name"), ApplicationCodec.text(m, "email"),
                    ApplicationCodec.text(m, "phone"));
        }
        Set<DayOfWeek> days = null;
        YamlNode.Entry daysEntry = map.get("work-days");
        if (daysEntry != null) {
            if (!(daysEntry.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
                throw new YamlSyntaxException(daysEntry.value(), "'work-days' must be a list like [mon, tue, wed, thu, fri]");
            }
            days = EnumSet.noneOf(DayOfWeek.class);
            for (YamlNode n : seq.items()) {
                days.add(day(n));
            }
        }
        Config.Playbook d = Config.Playbook.DEFAULTS;
        Config.Playbook playbook = d;
        YamlNode.Entry pbEntry = map.get("playbook");
        if (pbEntry != null) {
            YamlNode.Mapping p = mapping(pbEntry.value(), "'playbook'", PLAYBOOK);
            playbook = new Config.Playbook(
                    bool(p, "paper-note", d.paperNote()),
                    bool(p, "linkedin", d.linkedin()),
                    days(p, "thanks-expire-after", d.thanksExpireAfter()),
                    days(p, "check-in-after-decision", d.checkInAfterDecision()),
                    days(p, "check-in-after-interview", d.checkInAfterInterview()),
                    days(p, "follow-up-every", d.followUpEvery()),
                    days(p, "move-on-after", d.moveOnAfter()),
                    days(p, "keep-in-touch-every", d.keepInTouchEvery()),
                    days(p, "keep-in-touch-max", d.keepInTouchMax()));
        }
        return new Config(me, days, playbook);
    }

    private static YamlNode.Mapping mapping(YamlNode node, String what, Set<String> keys) throws YamlSyntaxException {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new YamlSyntaxException(node, what + " must be a mapping of keys to values");
        }
        for (YamlNode.Entry e : m.entries()) {
            if (!keys.contains(e.key().value())) {
                throw new YamlSyntaxException(e.key(), "unknown setting in " + what + "; known: "
                        + String.join(", ", keys.stream().sorted().toList()));
            }
        }
        return m;
    }

    private static DayOfWeek day(YamlNode n) throws YamlSyntaxException {
        if (n instanceof YamlNode.Scalar s) {
            String v = s.value().strip().toLowerCase(Locale.ROOT);
            for (DayOfWeek d : DayOfWeek.values()) {
                String full = d.name().toLowerCase(Locale.ROOT);
                if (v.equals(full) || v.equals(full.substring(0, 3))) {
                    return d;
                }
            }
        }
        throw new YamlSyntaxException(n, "a work day must be one of mon, tue, wed, thu, fri, sat, sun");
    }

    private static boolean bool(YamlNode.Mapping m, String key, boolean dflt) throws YamlSyntaxException {
        String v = ApplicationCodec.text(m, key);
        if (v == null) {
            return dflt;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new YamlSyntaxException(m.get(key).value(), "'" + key + "' must be true or false");
        };
    }

    private static int days(YamlNode.Mapping m, String key, int dflt) throws YamlSyntaxException {
        String v = ApplicationCodec.text(m, key);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 0 && n <= 3650) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new YamlSyntaxException(m.get(key).value(), "'" + key + "' must be a whole number of days (0-3650)");
    }
}
