// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import java.util.List;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Curve;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;
import dev.cartograph.diagram.render.NodeText;
import dev.cartograph.diagram.text.TextMetrics;

/** Small diagrams laid out by hand, with one of every kind of element. */
final class Fixtures {

    static final Rgb FRICTION = Rgb.of(0xfca5a5);

    private Fixtures() {
    }

    /**
     * Two stages (the second apart, as churn), one lane, two frictions joined by an edge, a
     * container with a child, a curve and a legend; {@code name} is the first friction's label.
     */
    static Diagram journey(String name) {
        TextMetrics m = TextMetrics.standard();
        Diagram d = new Diagram("journey:j1"); //$NON-NLS-1$
        d.setTitle("Journey: Claims"); //$NON-NLS-1$
        d.setSubtitle("Kestrel Mutual"); //$NON-NLS-1$
        d.setBounds(new Bounds(0, 0, 800, 600));
        Band onboarding = d.add(new Band("stage:s1", "stage", null, BandKind.COLUMN)); //$NON-NLS-1$ //$NON-NLS-2$
        onboarding.setLabel("Onboarding"); //$NON-NLS-1$
        onboarding.setBounds(new Bounds(140, 120, 300, 460));
        Band churn = d.add(new Band("stage:s2", "stage", null, BandKind.COLUMN)); //$NON-NLS-1$ //$NON-NLS-2$
        churn.setLabel("After they leave"); //$NON-NLS-1$
        churn.setOrder(1);
        churn.setApart(true);
        churn.setBounds(new Bounds(470, 120, 300, 460));
        Band lane = d.add(new Band("lane:frictions", "lane", null, BandKind.ROW)); //$NON-NLS-1$ //$NON-NLS-2$
        lane.setLabel("Frictions"); //$NON-NLS-1$
        lane.setBounds(new Bounds(16, 160, 760, 200));

        Node first = d.add(node("friction:f1", name, new Bounds(160, 180, 200, 0), m)); //$NON-NLS-1$
        first.badges().add(new Badge("evidence", "3", Style.DEFAULT.withShape(NodeShape.PILL).withFontSize(9), BadgePosition.TOP_RIGHT, //$NON-NLS-1$ //$NON-NLS-2$
                "3 evidence items")); //$NON-NLS-1$
        fit(first, m);
        Node second = d.add(node("friction:f2", "Cancels online", new Bounds(490, 180, 200, 0), m)); //$NON-NLS-1$ //$NON-NLS-2$
        second.setStyle(second.style().withPattern(FillPattern.HATCH).withShape(NodeShape.HEXAGON));
        fit(second, m);
        Edge edge = d.add(new Edge("edge:f1-f2", "trace", null, first, second)); //$NON-NLS-1$ //$NON-NLS-2$
        double y = first.bounds().center().y();
        edge.setRoute(List.of(new Point(first.bounds().right(), y), new Point(second.bounds().x(), y)));

        Node box = node("workflow:w1", "Claims handling", new Bounds(160, 380, 560, 0), m); //$NON-NLS-1$ //$NON-NLS-2$
        double header = NodeText.fit(box, 560, m);
        Node step = node("step:w1.1", "Check the claim", new Bounds(176, 380 + header, 160, 0), m); //$NON-NLS-1$ //$NON-NLS-2$
        fit(step, m);
        box.add(step);
        box.setBounds(new Bounds(160, 380, 560, header + step.bounds().height() + 16));
        d.add(box);

        Curve pain = d.add(new Curve("curve:pain", "pain", null)); //$NON-NLS-1$ //$NON-NLS-2$
        pain.setLabel("Pain"); //$NON-NLS-1$
        pain.values().put("stage:s1", 0.4); //$NON-NLS-1$
        pain.values().put("stage:s2", 0.9); //$NON-NLS-1$
        pain.valueLabels().put("stage:s1", "0.4"); //$NON-NLS-1$ //$NON-NLS-2$
        pain.valueLabels().put("stage:s2", "0.9"); //$NON-NLS-1$ //$NON-NLS-2$
        pain.setBounds(new Bounds(140, 60, 630, 56));
        pain.setPoints(List.of(new Point(290, 90), new Point(620, 70)));

        Legend legend = new Legend("Legend"); //$NON-NLS-1$
        legend.items().add(new LegendItem(Style.DEFAULT.withFill(FRICTION), "!", "Friction")); //$NON-NLS-1$ //$NON-NLS-2$
        legend.notes().add("Pain = severity x frequency, doubled for churn drivers."); //$NON-NLS-1$
        legend.setBounds(new Bounds(560, 480, 220, 100));
        d.setLegend(legend);
        return d;
    }

    private static Node node(String id, String label, Bounds where, TextMetrics m) {
        Node n = new Node(id, id.substring(0, id.indexOf(':')), null);
        n.setLabel(label);
        n.setStyle(Style.DEFAULT.withFill(FRICTION));
        n.details().add("severity 4"); //$NON-NLS-1$
        n.setBounds(where);
        return n;
    }

    private static void fit(Node n, TextMetrics m) {
        Bounds b = n.bounds();
        n.setBounds(new Bounds(b.x(), b.y(), b.width(), NodeText.fit(n, b.width(), m)));
    }
}
