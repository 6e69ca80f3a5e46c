package followup.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import followup.model.Status;
import followup.stats.Days;
import followup.stats.Ratio;
import followup.stats.Stats;
import followup.store.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code stats --json}: every figure of {@link Stats} under stable snake_case keys. A share is
 * always given with its counts and whether there is enough data ({@code enough_data}), so a script
 * can apply the same honesty rule as the text.
 */
final class StatsJson {

    private StatsJson() {
    }

    static void write(PrintWriter out, Stats s, List<Problem> problems) throws IOException {
        JsonGenerator g = Json.open(out);
        g.writeStartObject();
        g.writeStringField("as_of", s.asOf().toString());
        Json.date(g, "since", s.since());
        g.writeNumberField("applications", s.funnel().applications());
        g.writeNumberField("applications_read", s.total());
        g.writeNumberField("min_sample", Stats.MIN_SAMPLE);
        g.writeNumberField("ghosted_after_days", s.ghostAfterDays());

        g.writeFieldName("funnel");
        funnel(g, s.funnel());
        g.writeObjectFieldStart("outcomes");
        for (Status status : Status.values()) {
            g.writeNumberField(status.id(), s.outcomes().get(status));
        }
        g.writeEndObject();
        g.writeFieldName("response");
        response(g, s.response());
        g.writeArrayFieldStart("by_source");
        for (Stats.Source source : s.bySource()) {
            g.writeStartObject();
            g.writeStringField("source", source.source());
            g.writeFieldName("funnel");
            funnel(g, source.funnel());
            g.writeFieldName("response");
            response(g, source.response());
            g.writeEndObject();
        }
        g.writeEndArray();

        Stats.Discipline d = s.discipline();
        g.writeObjectFieldStart("discipline");
        g.writeObjectFieldStart("thanks");
        g.writeNumberField("interview_days", d.thanks().days());
        g.writeNumberField("on_time", d.thanks().onTime());
        g.writeNumberField("late", d.thanks().late());
        g.writeNumberField("never", d.thanks().never());
        g.writeFieldName("on_time_share");
        ratio(g, d.thanks().onTimeRatio());
        g.writeEndObject();
        g.writeObjectFieldStart("nudges");
        g.writeNumberField("check_ins", d.nudges().checkIns());
        g.writeNumberField("follow_ups", d.nudges().followUps());
        g.writeNumberField("applications", d.nudges().applications());
        number(g, "per_application", d.nudges().perApplication(), 100);
        g.writeEndObject();
        g.writeObjectFieldStart("moving_on");
        g.writeNumberField("closed", d.movingOn().closed());
        g.writeNumberField("nudges", d.movingOn().nudges());
        g.writeNumberField("without_nudge", d.movingOn().withoutNudge());
        number(g, "per_application", d.movingOn().perApplication(), 100);
        g.writeEndObject();
        g.writeFieldName("rejection_replies");
        ratio(g, d.rejectionReplies());
        g.writeEndObject();

        g.writeArrayFieldStart("feedback");
        for (Stats.CompanyFeedback c : s.feedback()) {
            g.writeStartObject();
            g.writeStringField("company", c.company());
            g.writeArrayFieldStart("notes");
            for (Stats.Note n : c.notes()) {
                g.writeStartObject();
                g.writeStringField("id", n.id());
                Json.date(g, "date", n.date());
                g.writeStringField("note", n.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("themes");
        for (Stats.Theme t : s.themes()) {
            g.writeStartObject();
            g.writeStringField("words", t.words());
            Json.strings(g, "companies", t.companies());
            g.writeEndObject();
        }
        g.writeEndArray();
        Json.errors(g, problems);
        g.writeEndObject();
        Json.close(g, out);
    }

    private static void funnel(JsonGenerator g, Stats.Funnel f) throws IOException {
        g.writeStartObject();
        g.writeNumberField("applications", f.applications());
        g.writeFieldName("interviewed");
        ratio(g, f.interviewed());
        g.writeFieldName("offer");
        ratio(g, f.offer());
        g.writeFieldName("accepted");
        ratio(g, f.accepted());
        g.writeEndObject();
    }

    private static void response(JsonGenerator g, Stats.Response r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("interviewed", r.interviewed());
        g.writeFieldName("answered");
        ratio(g, r.answered());
        g.writeFieldName("ghosted");
        ratio(g, r.ghosted());
        g.writeNumberField("waiting", r.waiting());
        g.writeFieldName("days_to_first_reply");
        days(g, r.firstAnswer());
        g.writeFieldName("days_to_decision");
        days(g, r.decision());
        g.writeEndObject();
    }

    private static void ratio(JsonGenerator g, Ratio r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("count", r.count());
        g.writeNumberField("of", r.of());
        number(g, "share", r.share(), 10_000);
        g.writeBooleanField("enough_data", r.enoughData());
        g.writeEndObject();
    }

    private static void days(JsonGenerator g, Days d) throws IOException {
        g.writeStartObject();
        number(g, "median", d.median(), 10);
        g.writeNumberField("count", d.count());
        g.writeBooleanField("enough_data", d.enoughData());
        g.writeEndObject();
    }

    /** A number rounded to 1/scale, written as an integer when it is one; null stays null. */
    private static void number(JsonGenerator g, String key, Double value, int scale) throws IOException {
        if (value == null) {
            g.writeNullField(key);
            return;
        }
        double rounded = Math.round(value * scale) / (double) scale;
        if (rounded == Math.rint(rounded)) {
            g.writeNumberField(key, (long) rounded);
        } else {
            g.writeNumberField(key, rounded);
        }
    }
}
