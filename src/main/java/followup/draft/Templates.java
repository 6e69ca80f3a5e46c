package followup.draft;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.MustacheParseException;
import com.samskivert.mustache.Template;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiling, checking and running Mustache templates, with errors a user can act on
 * ({@code templates/thanks.mustache:3: unknown variable 'anchr'; did you mean 'anchor'?}).
 */
final class Templates {

    /**
     * Plain text (no HTML escaping); a missing variable or section is an error rather than
     * silently empty; an empty string counts as false in a section, so {@code {{#anchor}}} works
     * like {@code {{#has-anchor}}}. The collector only looks inside maps and lists, never at an
     * object's methods or fields; partials and template inheritance are refused, so a template
     * cannot read a file.
     */
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(false)
            .strictSections(true)
            .emptyStringIsFalse(true)
            .withCollector(new MapsOnly())
            .withFormatter(Templates::format)
            .withLoader(name -> {
                throw new MustacheException("other templates cannot be included ({{> " + name + "}})");
            });

    private static final Pattern PARSE_LINE = Pattern.compile("(.*?)\\s*@ line (\\d+)\\s*$", Pattern.DOTALL);

    private Templates() {
    }

    /**
     * Parses the template and checks every name it uses against {@code names}, whichever branch
     * the data would take, so a misspelt name inside a rarely-rendered section is caught too.
     */
    static Template compile(TemplateText source, Set<String> names) {
        checkShape(source);
        Template template;
        try {
            template = COMPILER.compile(source.text());
        } catch (MustacheParseException e) {
            throw parseError(source, e);
        } catch (MustacheException e) {
            throw new DraftException(source.name() + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw tooDeep(source, e); // not reached past checkShape; kept so that no shape ever prints a stack
        }
        try {
            check(template, source, names);
        } catch (StackOverflowError e) {
            throw tooDeep(source, e);
        }
        return template;
    }

    /** The most characters a template may have: a message is a few hundred. */
    static final int MAX_CHARS = 64 * 1024;
    /** How deep sections may nest: the built-ins nest three deep at most, a thoughtful template a few more. */
    static final int MAX_DEPTH = 20;

    /**
     * Refuses a template too large, or with sections nested too deep, before JMustache sees it:
     * JMustache parses, checks and runs sections by recursion, so a few thousand nested sections
     * would end in a StackOverflowError rather than a message. The tags are followed as JMustache
     * reads them, with {@code {{=<% %>=}}} changing the delimiters.
     */
    static void checkShape(TemplateText source) {
        String text = source.text();
        if (text.length() > MAX_CHARS) {
            throw new DraftException(source.name() + ": a template larger than 64 KiB is refused");
        }
        String open = "{{";
        String close = "}}";
        int depth = 0;
        int line = 1;
        int counted = 0; // the newlines before here are counted in line
        int at = 0;
        while (true) {
            int start = text.indexOf(open, at);
            if (start < 0) {
                return;
            }
            int tag = start + open.length();
            boolean triple = open.equals("{{") && text.startsWith("{", tag); // {{{name}}}
            int end = text.indexOf(triple ? "}" + close : close, tag);
            if (end < 0) {
                return; // an unclosed tag: JMustache's parser says where
            }
            String content = text.substring(tag, end).strip();
            if (content.length() > 2 && content.startsWith("=") && content.endsWith("=")) {
                String[] delimiters = content.substring(1, content.length() - 1).strip().split("\\s+");
                if (delimiters.length == 2) {
                    open = delimiters[0];
                    close = delimiters[1];
                }
            } else if (!content.isEmpty() && "#^$<".indexOf(content.charAt(0)) >= 0) {
                if (++depth > MAX_DEPTH) {
                    for (; counted < start; counted++) {
                        if (text.charAt(counted) == '\n') {
                            line++;
                        }
                    }
                    throw new DraftException(source.name() + ":" + line + ": sections are nested more than "
                            + MAX_DEPTH + " deep; a template needs a few levels at most");
                }
            } else if (content.startsWith("/")) {
                depth = Math.max(0, depth - 1);
            }
            at = end + (triple ? 1 : 0) + close.length();
        }
    }

    private static DraftException tooDeep(TemplateText source, StackOverflowError e) {
        return new DraftException(source.name() + ": the template is nested too deeply to be read", e);
    }

    /** Checks every name a compiled template uses against {@code names}. */
    private static void check(Template template, TemplateText source, Set<String> names) {
        List<String> problems = new ArrayList<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                if (Variables.GROUPS.contains(name)) {
                    problems.add(at(source, name) + "'" + name + "' is a group of values, not text; use one of"
                            + " its fields, such as " + name + "." + (name.equals("interview") ? "date" : "name"));
                } else {
                    check(name);
                }
            }

            @Override
            public boolean visitSection(String name) {
                check(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                check(name);
                return true;
            }

            @Override
            public boolean visitInclude(String name) {
                problems.add(at(source, name) + "other templates cannot be included ({{> " + name + "}})");
                return false;
            }

            @Override
            public boolean visitParent(String name) {
                problems.add(at(source, name) + "template inheritance is not supported ({{< " + name + "}})");
                return false;
            }

            @Override
            public boolean visitBlock(String name) {
                problems.add(at(source, name) + "blocks are not supported ({{$" + name + "}})");
                return false;
            }

            private void check(String name) {
                if (!names.contains(name)) {
                    problems.add(at(source, name) + "unknown variable '" + name + "'" + suggestion(name, names));
                }
            }
        });
        if (!problems.isEmpty()) {
            // the first is the one to fix first; the rest usually follow from the same typo
            throw new DraftException(problems.get(0));
        }
    }

    /** Runs a checked template on the variables. */
    static String execute(Template template, TemplateText source, Map<String, Object> vars, Set<String> names) {
        try {
            return template.execute(vars);
        } catch (MustacheException.Context e) {
            // a name that exists, used where it cannot resolve (say {{name}} outside {{#contact}})
            throw new DraftException(source.name() + ":" + e.lineNo + ": unknown variable '" + e.key + "'"
                    + suggestion(e.key, names), e);
        } catch (NotText e) {
            throw new DraftException(source.name() + ": a tag prints a group of values (such as a whole"
                    + " contact) rather than text; name one of its fields", e);
        } catch (MustacheException e) {
            throw new DraftException(source.name() + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw tooDeep(source, e);
        }
    }

    private static DraftException parseError(TemplateText source, MustacheParseException e) {
        Matcher m = PARSE_LINE.matcher(String.valueOf(e.getMessage()));
        if (m.matches()) {
            return new DraftException(source.name() + ":" + m.group(2) + ": " + lowerFirst(m.group(1)), e);
        }
        return new DraftException(source.name() + ": " + e.getMessage(), e);
    }

    /**
     * "name:line: " for the first tag using that name. The visitor knows names but not lines, so
     * the line is found in the text; with changed delimiters it may not be, and is left out.
     */
    private static String at(TemplateText source, String name) {
        Matcher m = Pattern.compile("\\{\\{\\{?\\s*[#^/&>$<]?\\s*" + Pattern.quote(name) + "\\s*}?}}")
                .matcher(source.text());
        if (!m.find()) {
            return source.name() + ": ";
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (source.text().charAt(i) == '\n') {
                line++;
            }
        }
        return source.name() + ":" + line + ": ";
    }

    /** "; did you mean 'anchor'?" for a near miss, else nothing. */
    static String suggestion(String name, Set<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : names) {
            int d = distance(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, name.length() / 3) ? "; did you mean '" + best + "'?" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Only text reaches the output: a map or list printed whole is a mistake, not "{name=...}".
     * JMustache also formats a section's value to test it for emptiness, so a group must format
     * to something non-empty there; it fails only when it is actually written out.
     */
    private static CharSequence format(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Number) {
            return String.valueOf(value);
        }
        return GroupText.INSTANCE;
    }

    /** What a group formats to: not empty, and it cannot be turned into text. */
    private enum GroupText implements CharSequence {
        INSTANCE;

        @Override
        public int length() {
            return 1;
        }

        @Override
        public char charAt(int index) {
            throw new NotText();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new NotText();
        }

        @Override
        public String toString() {
            throw new NotText();
        }
    }

    /** Thrown when a tag would print a whole group. */
    private static final class NotText extends MustacheException {
        private static final long serialVersionUID = 1L;

        NotText() {
            super("not text");
        }
    }

    /**
     * JMustache's basic collector: maps, lists and arrays only. Its default collector would also
     * call methods and read fields of any object by reflection, which is what we must not allow.
     */
    private static final class MapsOnly extends BasicCollector {
        @Override
        public <K, V> Map<K, V> createFetcherCache() {
            return new ConcurrentHashMap<>();
        }
    }
}
