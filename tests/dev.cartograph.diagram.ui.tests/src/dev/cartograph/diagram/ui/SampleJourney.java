// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Curve;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;
import dev.cartograph.diagram.layout.GridLayout;

/**
 * A journey map as the maps build it, laid out by the core's {@link GridLayout}: for
 * screenshots, export and the look of the viewer on a real layout.
 */
final class SampleJourney {

    private static final String[] STAGES = { "Discovery", "Onboarding", "Ongoing engagement", "Support",
            "After they leave: churn" };
    private static final String[] LANES = { "Touchpoints", "Frictions", "Use cases" };
    private static final String[][] TEXTS = {
            { "Web site", "Comparison sites" }, { "Quote takes four days" },
            { "Quote assistant for brokers" },
            { "Welcome call", "Mobile app" }, { "Asks three times for the same policy number on three different forms", "Contract upload lost" },
            { "Document intake automation" },
            { "Monthly statement" }, { "Statement unreadable" }, {},
            { "Call centre", "Chat" }, { "Waits 40 minutes on the phone", "Claim status unknown" },
            { "Claims triage assistant", "Status notifications" },
            { "Cancellation letter" }, { "Leaves without saying why" }, { "Churn early warning" } };

    private SampleJourney() {
    }

    static Diagram create() {
        Diagram d = new Diagram("journey:claims"); //$NON-NLS-1$
        d.setTitle("Journey: Claims"); //$NON-NLS-1$
        d.setSubtitle("Kestrel Mutual"); //$NON-NLS-1$
        for (int s = 0; s < STAGES.length; s++) {
            Band stage = d.add(new Band("stage:" + s, "stage", new TestDiagrams.Thing(STAGES[s]), BandKind.COLUMN)); //$NON-NLS-1$ //$NON-NLS-2$
            stage.setLabel(STAGES[s]);
            stage.setOrder(s);
            stage.setApart(s == STAGES.length - 1);
        }
        for (int l = 0; l < LANES.length; l++) {
            Band lane = d.add(new Band("lane:" + l, "lane", null, BandKind.ROW)); //$NON-NLS-1$ //$NON-NLS-2$
            lane.setLabel(LANES[l]);
            lane.setOrder(l);
        }
        Style touchpoint = Style.DEFAULT.withShape(NodeShape.PILL).withFill(Rgb.of(0xe0f2fe)).withStroke(Rgb.of(0x0369a1));
        Style friction = Style.DEFAULT.withFill(Rgb.of(0xfde68a)).withStroke(Rgb.of(0xb45309));
        Style severe = friction.withFill(Rgb.of(0xfca5a5)).withStroke(Rgb.of(0xb91c1c)).withPattern(FillPattern.HATCH);
        Style useCase = Style.DEFAULT.withShape(NodeShape.HEXAGON).withFill(Rgb.of(0xdcfce7)).withStroke(Rgb.of(0x15803d));
        int count = 0;
        for (int s = 0; s < STAGES.length; s++) {
            for (int l = 0; l < LANES.length; l++) {
                String[] texts = TEXTS[s * 3 + l];
                for (int i = 0; i < texts.length; i++) {
                    String kind = l == 0 ? "touchpoint" : l == 1 ? "friction" : "usecase"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Node n = d.add(new Node("n" + s + "-" + l + "-" + i, kind, new TestDiagrams.Thing(texts[i]))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    n.setColumn("stage:" + s); //$NON-NLS-1$
                    n.setLane("lane:" + l); //$NON-NLS-1$
                    n.setOrder(i);
                    n.setLabel(texts[i]);
                    n.setStyle(l == 0 ? touchpoint : l == 2 ? useCase : (count % 3 == 0 ? severe : friction));
                    if (l == 1) {
                        n.details().add("severity " + (count % 5 + 1) + " \u00b7 frequency " + (count % 3 + 1)); //$NON-NLS-1$ //$NON-NLS-2$
                        n.badges().add(new Badge("evidence", Integer.toString(count % 4 + 1), //$NON-NLS-1$
                                Style.DEFAULT.withFontSize(9).withFill(Rgb.of(0x374151)).withTextColor(Rgb.WHITE),
                                BadgePosition.TOP_RIGHT, "Evidence items")); //$NON-NLS-1$
                    }
                    if (l == 2 && s == 1) {
                        n.setStyle(useCase.withLine(LinePattern.DASHED));
                        n.details().add("incomplete"); //$NON-NLS-1$
                    }
                    count++;
                }
            }
        }
        Curve pain = d.add(new Curve("curve:pain", "pain", null)); //$NON-NLS-1$ //$NON-NLS-2$
        pain.setLabel("Pain"); //$NON-NLS-1$
        double[] values = { 0.3, 0.8, 0.4, 1.0, 0.6 };
        for (int s = 0; s < STAGES.length; s++) {
            pain.values().put("stage:" + s, values[s]); //$NON-NLS-1$
            pain.valueLabels().put("stage:" + s, Integer.toString((int) (values[s] * 100))); //$NON-NLS-1$
        }
        Legend legend = new Legend("Legend"); //$NON-NLS-1$
        legend.items().add(new LegendItem(severe, null, "Severe friction (hatched)")); //$NON-NLS-1$
        legend.items().add(new LegendItem(friction, null, "Friction")); //$NON-NLS-1$
        legend.items().add(new LegendItem(useCase, null, "Use case")); //$NON-NLS-1$
        legend.notes().add("Pain of a stage: its frictions' severity times frequency, over the worst stage."); //$NON-NLS-1$
        d.setLegend(legend);
        new GridLayout().layout(d);
        return d;
    }
}
