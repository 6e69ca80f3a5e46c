package followup.report;

import static followup.report.Html.num;

import followup.stats.Flow;
import followup.stats.Journey.End;
import followup.stats.Journey.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * The flow as inline SVG: applied → interviewed → offer, with a band from each stage to every place
 * an application ended (or stands) there. A band's thickness is its count to one scale, and every
 * node says its name and count in text, so neither colour nor thickness has to be read alone. Each
 * band carries its stage, end and count in {@code data-} attributes, for tests to add up.
 */
final class FlowDiagram {

    static final int WIDTH = 960;
    private static final double COLUMN = 250;
    private static final double NODE = 12;
    private static final double GAP = 14;
    /** Room above a stage node for its label. */
    private static final double HEAD = 22;
    /** The least vertical room a node takes, so that labels of small ends never overlap. */
    private static final double SLOT = 22;
    private static final double TOP = 8;

    private FlowDiagram() {
    }

    /** The words an end is shown with (never colour alone). */
    static String label(End end) {
        return switch (end) {
            case ACCEPTED -> "Accepted";
            case DECLINED -> "Declined";
            case DECIDING -> "Offer to answer";
            case TALKING -> "In progress";
            case NO_ANSWER -> "No answer yet";
            case QUIET -> "Gone quiet";
            case REJECTED -> "Rejected";
            case WITHDRAWN -> "Withdrawn";
            case CLOSED -> "Closed (moved on)";
        };
    }

    static String label(Stage stage) {
        return switch (stage) {
            case APPLIED -> "Applied";
            case INTERVIEWED -> "Interviewed";
            case OFFER -> "Offer";
        };
    }

    /** The CSS class of an end: its colour. */
    static String css(End end) {
        return end.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** One drawn node: a stage (end null) or an end of a stage. */
    private record Node(Stage stage, End end, int count, int column, double y, double height) {
    }

    static String svg(Flow flow) {
        int n = flow.applications();
        if (n == 0) {
            return "<p class=\"muted\">No applications yet: nothing to draw.</p>";
        }
        double unit = Math.min(30, 300.0 / n);
        double[] columnY = new double[Stage.values().length + 1];
        List<Node> nodes = new ArrayList<>();
        Node applied = place(nodes, columnY, Stage.APPLIED, null, n, 0, unit);
        List<Node> from = new ArrayList<>(List.of(applied));
        for (Stage s : Stage.values()) {
            int column = s.ordinal() + 1;
            if (flow.movedOn(s) > 0) {
                place(nodes, columnY, Stage.values()[s.ordinal() + 1], null, flow.movedOn(s), column, unit);
            }
            for (End e : End.values()) {
                if (flow.ended(s, e) > 0) {
                    place(nodes, columnY, s, e, flow.ended(s, e), column, unit);
                }
            }
        }
        double height = TOP;
        for (double y : columnY) {
            height = Math.max(height, y);
        }
        Html h = new Html();
        h.raw("<svg class=\"flow\" viewBox=\"0 0 " + WIDTH + " " + num(height + 4) + "\" role=\"img\" "
                + "aria-labelledby=\"flow-title flow-desc\"><title id=\"flow-title\">Where the applications went"
                + "</title><desc id=\"flow-desc\">").text(describe(flow)).raw("</desc>");
        // bands first, so the nodes and labels are drawn over them
        for (Stage s : Stage.values()) {
            Node source = stageNode(nodes, s);
            if (source == null) {
                continue;
            }
            double y = source.y;
            for (Node target : nodes) {
                boolean onward = target.end == null && target.stage.ordinal() == s.ordinal() + 1;
                boolean ends = target.end != null && target.stage == s;
                if (onward || ends) {
                    band(h, source, target, y, target.height, ends ? css(target.end) : "to-stage",
                            s, onward ? label(target.stage) : label(target.end), target.count);
                    y += target.height;
                }
            }
        }
        for (Node node : nodes) {
            double x = node.column * COLUMN;
            h.raw("<rect class=\"node " + (node.end == null ? "stage" : css(node.end)) + "\" x=\"" + num(x) + "\" y=\""
                    + num(node.y) + "\" width=\"" + num(NODE) + "\" height=\"" + num(Math.max(node.height, 1)) + "\"/>");
            String name = node.end == null ? label(node.stage) : label(node.end);
            double ty = node.end == null ? node.y - 7 : node.y + Math.max(node.height, SLOT - GAP) / 2 + 5;
            double tx = node.end == null ? x : x + NODE + 6;
            h.raw("<text class=\"halo\" x=\"" + num(tx) + "\" y=\"" + num(ty) + "\">").text(name)
                    .raw(" <tspan class=\"count\" font-weight=\"700\">" + node.count + "</tspan></text>");
        }
        return h.raw("</svg>").toString();
    }

    /** Puts a node at the bottom of its column and makes room for the next. */
    private static Node place(List<Node> nodes, double[] columnY, Stage stage, End end, int count, int column,
            double unit) {
        double head = end == null ? HEAD : 0;
        double y = Math.max(columnY[column], TOP) + head;
        double height = count * unit;
        Node node = new Node(stage, end, count, column, y, height);
        nodes.add(node);
        columnY[column] = y + Math.max(height, SLOT - GAP) + GAP;
        return node;
    }

    private static Node stageNode(List<Node> nodes, Stage stage) {
        return nodes.stream().filter(n -> n.end == null && n.stage == stage).findFirst().orElse(null);
    }

    /** A band of thickness {@code t} from {@code source} (at {@code y}) to the top of {@code target}. */
    private static void band(Html h, Node source, Node target, double y, double t, String css, Stage from,
            String to, int count) {
        double x0 = source.column * COLUMN + NODE;
        double x1 = target.column * COLUMN;
        double mid = (x0 + x1) / 2;
        double y1 = target.y;
        String d = "M" + num(x0) + "," + num(y) + " C" + num(mid) + "," + num(y) + " " + num(mid) + "," + num(y1)
                + " " + num(x1) + "," + num(y1) + " L" + num(x1) + "," + num(y1 + t) + " C" + num(mid) + ","
                + num(y1 + t) + " " + num(mid) + "," + num(y + t) + " " + num(x0) + "," + num(y + t) + " Z";
        h.raw("<path class=\"band " + css + "\" data-from=\"" + from.name().toLowerCase(java.util.Locale.ROOT)
                + "\" data-to=\"").text(to).raw("\" data-count=\"" + count + "\" d=\"" + d + "\"><title>")
                .text(label(from) + " → " + to + ": " + count).raw("</title></path>");
    }

    /** The diagram in words, for a screen reader and for anyone who would rather read it. */
    static String describe(Flow flow) {
        StringBuilder sb = new StringBuilder();
        for (Stage s : Stage.values()) {
            if (flow.reached(s) == 0) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(label(s)).append(": ").append(flow.reached(s));
            List<String> parts = new ArrayList<>();
            if (flow.movedOn(s) > 0) {
                parts.add(flow.movedOn(s) + " went on");
            }
            for (End e : End.values()) {
                if (flow.ended(s, e) > 0) {
                    parts.add(flow.ended(s, e) + " " + label(e).toLowerCase(java.util.Locale.ROOT));
                }
            }
            sb.append(parts.isEmpty() ? "." : " (" + String.join(", ", parts) + ").");
        }
        return sb.toString();
    }
}
