package followup.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The merge driver's command line, as {@code followup git init} writes it into git's config. */
final class DriverLine {

    /**
     * Names this version of the driver's command line inside it: a repository whose driver lacks
     * it was set up by an older followup (a bare launcher path) and is upgraded.
     */
    static final String DRIVER_MARK = "followup merge driver 2";

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_/.,:=@+-]+");

    private DriverLine() {
    }

    /**
     * The driver's command line, a small shell script; git replaces %O %A %B %P with the base,
     * ours, theirs and the quoted path, and runs it with sh. It runs followup from the first of:
     * the program that set it up (where it was then), {@code followup} on git's PATH, and the
     * usual install places ({@code ~/.local/bin}, of the user running git and of the user who
     * set it up, for a bare environment with no HOME; {@code ~/bin}; {@code /usr/local/bin};
     * {@code /usr/bin}). A followup that cannot start (exit 2 or more: no Java, killed) is passed
     * over for the next. With none, git's own line merge leaves conflict markers and the driver
     * exits 1: git then reports a conflict and holds the file unmerged, never keeping one side
     * silently. Any other '%' (in a path) is written '%%', which git turns back into one.
     *
     * @param self the command that runs this followup
     * @param user the HOME of the user setting it up, or null
     */
    static String of(List<String> self, String user) {
        List<String> recorded = new ArrayList<>();
        for (String word : self) {
            recorded.add(percent(shellQuote(word)));
        }
        Set<String> places = new LinkedHashSet<>();
        places.add("\"$HOME/.local/bin/followup\"");
        if (user != null && user.startsWith("/")) {
            places.add(percent(shellQuote(Path.of(user, ".local", "bin", "followup").toString())));
        }
        places.add("\"$HOME/bin/followup\"");
        places.add("/usr/local/bin/followup");
        places.add("/usr/bin/followup");
        return ": " + DRIVER_MARK + "; "
                + "m() { \"$@\" merge-file %O %A %B %P; r=$?; [ $r -le 1 ] && exit $r; }; "
                + "[ -x " + recorded.get(0) + " ] && m " + String.join(" ", recorded) + "; "
                + "f=$(command -v followup) && m \"$f\"; "
                + "for f in " + String.join(" ", places) + "; do [ -x \"$f\" ] && m \"$f\"; done; "
                + "echo \"followup: git's merge driver cannot run followup (moved, or not on git's PATH): \"%P\" is"
                + " merged line by line and left in conflict; 'followup check' says how to finish, and"
                + " 'followup git init' repairs the driver\" >&2; "
                + "git merge-file -L ours -L base -L theirs %A %O %B; exit 1";
    }

    /** A '%' as git's driver line needs it (git expands %O, %A, ... and reads %% as one '%'). */
    private static String percent(String text) {
        return text.replace("%", "%%");
    }

    /** A word as sh reads it back: as it is when plain, else in single quotes. */
    static String shellQuote(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
