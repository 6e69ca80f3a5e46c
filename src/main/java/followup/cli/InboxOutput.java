package followup.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import followup.inbox.Message;
import followup.inbox.Proposal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code inbox} prints: per message a block (date, application, event; subject and sender;
 * why; the {@code followup log} command; what became of it), or with {@code --json} one object per
 * message in a list, and a line of counts at the end. Messages already logged are only counted in
 * text (a daily run would otherwise repeat them all); unreadable ones are named on stderr.
 */
final class InboxOutput {

    private record Item(Proposal proposal, InboxRun.Unread unread, InboxRun.Result result) {
    }

    private final PrintWriter out;
    private final boolean json;
    private final InboxRun.Mode mode;
    private final List<Item> items = new ArrayList<>();
    private final Map<InboxRun.Result, Integer> counts = InboxRun.counts();
    private Proposal shown;

    InboxOutput(PrintWriter out, boolean json, InboxRun.Mode mode) {
        this.out = out;
        this.json = json;
        this.mode = mode;
    }

    void unread(InboxRun.Unread u) {
        counts.merge(InboxRun.Result.UNREADABLE, 1, Integer::sum);
        if (json) {
            items.add(new Item(null, u, InboxRun.Result.UNREADABLE));
        }
    }

    /** Shows a proposal before it is asked about: on stdout, or on stderr when stdout carries JSON. */
    void show(Proposal p, PrintWriter err) {
        PrintWriter to = json ? err : out;
        block(p, to);
        to.flush();
        shown = p;
    }

    void add(Proposal p, InboxRun.Result result) {
        counts.merge(result, 1, Integer::sum);
        if (json) {
            items.add(new Item(p, null, result));
            return;
        }
        if (result == InboxRun.Result.ALREADY_LOGGED) {
            return;
        }
        if (shown != p) {
            block(p, out);
        }
        String after = switch (result) {
            case LOGGED -> "logged";
            case NOT_LOGGED -> "not logged: an outcome waits for your word; run the command above to log it";
            case DECLINED -> "not logged (you said no)";
            case FAILED -> "not logged (see the error above)";
            default -> null;
        };
        if (after != null) {
            out.println("    " + after);
        }
        out.println();
        out.flush();
    }

    private static void block(Proposal p, PrintWriter to) {
        Message m = p.message();
        String what = switch (p.kind()) {
            case LOG -> p.event().id();
            case UNMATCHED -> "unmatched";
            case SKIPPED -> "skipped";
            case ALREADY_LOGGED -> "already logged";
        };
        to.println(m.date().toLocalDate() + "  " + (p.application() == null ? "" : p.application().id() + "  ") + what);
        to.println("    \"" + m.subject() + "\" from " + m.from().shown());
        if (!p.matched().isEmpty()) {
            to.println("    matched: " + p.matched());
        }
        to.println("    why: " + p.why());
        for (String c : p.commands()) {
            to.println("    " + c);
        }
    }

    void finish() {
        if (json) {
            try {
                JsonGenerator g = Json.open(out);
                g.writeStartArray();
                for (Item i : items) {
                    object(g, i);
                }
                g.writeEndArray();
                Json.close(g, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        int total = 0;
        for (int n : counts.values()) {
            total += n;
        }
        List<String> parts = new ArrayList<>();
        part(parts, InboxRun.Result.LOGGED, "logged");
        part(parts, InboxRun.Result.PROPOSED, "to log");
        part(parts, InboxRun.Result.NOT_LOGGED, "outcome(s) for you to log");
        part(parts, InboxRun.Result.DECLINED, "declined");
        part(parts, InboxRun.Result.FAILED, "failed");
        part(parts, InboxRun.Result.UNMATCHED, "unmatched");
        part(parts, InboxRun.Result.SKIPPED, "skipped");
        part(parts, InboxRun.Result.ALREADY_LOGGED, "already logged");
        part(parts, InboxRun.Result.UNREADABLE, "unreadable (named on stderr)");
        String head = mode == InboxRun.Mode.DRY_RUN ? "Nothing written (dry run; --yes writes). " : "";
        out.println(head + total + (total == 1 ? " message" : " messages") + (parts.isEmpty() ? "." : ": "
                + String.join(", ", parts) + "."));
        out.flush();
    }

    private void part(List<String> parts, InboxRun.Result r, String words) {
        int n = counts.get(r);
        if (n > 0) {
            parts.add(n + " " + words);
        }
    }

    private static void object(JsonGenerator g, Item i) throws IOException {
        g.writeStartObject();
        if (i.unread() != null) {
            g.writeStringField("file", i.unread().where());
            g.writeNullField("message-id");
            g.writeNullField("date");
            g.writeNullField("from");
            g.writeNullField("subject");
            g.writeNullField("id");
            g.writeNullField("event");
            g.writeObjectFieldStart("fields");
            g.writeEndObject();
            g.writeStringField("why", i.unread().why());
        } else {
            Proposal p = i.proposal();
            Message m = p.message();
            g.writeStringField("file", m.where());
            g.writeStringField("message-id", m.messageId());
            g.writeStringField("date", m.date().toLocalDate().toString());
            g.writeStringField("from", m.from().shown());
            g.writeStringField("subject", m.subject());
            g.writeStringField("id", p.application() == null ? null : p.application().id());
            g.writeStringField("event", p.event() == null ? null : p.event().id());
            g.writeObjectFieldStart("fields");
            for (Map.Entry<String, Object> f : p.fields().entrySet()) {
                if (f.getValue() instanceof List<?> list) {
                    g.writeArrayFieldStart(f.getKey());
                    for (Object o : list) {
                        g.writeString(String.valueOf(o));
                    }
                    g.writeEndArray();
                } else {
                    g.writeStringField(f.getKey(), String.valueOf(f.getValue()));
                }
            }
            g.writeEndObject();
            g.writeStringField("why", p.why());
            g.writeArrayFieldStart("commands");
            for (String c : p.commands()) {
                g.writeString(c);
            }
            g.writeEndArray();
        }
        g.writeStringField("result", i.result().id);
        g.writeEndObject();
    }
}
