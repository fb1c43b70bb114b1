// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Style;

/**
 * Portfolio maps as the portfolio map builds them: four regions, workflows and journeys as
 * containers of steps and stages, use cases pinned inside them, traces from frictions across
 * containers; or, aggregated, one collapsed box per container with counts.
 */
final class Portfolios {

    static final String[] REGIONS = { "region:internalHighVolume", "region:internalLongTail", "region:external", "region:journeys" };

    private Portfolios() {
    }

    static Diagram open(int workflows, int journeys) {
        Diagram d = regions();
        List<Node> steps = new ArrayList<>();
        for (int w = 0; w < workflows; w++) {
            Node box = container(d, "workflow:" + w, "Workflow " + w + (w % 3 == 0 ? " with a long name that wraps" : ""), REGIONS[w % 3], w);
            for (int s = 0; s < 2 + w % 7; s++) {
                Node step = new Node("step:" + w + "." + s, "step", null);
                step.setLabel("Step " + s);
                step.setOrder(s);
                step.setStyle(Style.DEFAULT.withShape(NodeShape.RECTANGLE).withFontSize(11));
                box.add(step);
                for (int u = 0; u < (s + w) % 3; u++) {
                    Node pin = new Node("uc:" + w + "." + s + "." + u, "usecase", null);
                    pin.setLabel("Use case " + u);
                    pin.setOrder(u);
                    pin.setStyle(Style.DEFAULT.withShape(NodeShape.PILL).withFontSize(10));
                    step.add(pin);
                }
                steps.add(step);
            }
            register(d, box);
        }
        List<Node> frictions = new ArrayList<>();
        for (int j = 0; j < journeys; j++) {
            Node box = container(d, "journey:" + j, "Journey " + j, REGIONS[3], j);
            for (int s = 0; s < 5; s++) {
                Node stage = new Node("stage:" + j + "." + s, "stage", null);
                stage.setLabel(s == 4 ? "After they leave" : "Stage " + s);
                stage.setOrder(s);
                box.add(stage);
                for (int f = 0; f < s % 3; f++) {
                    Node friction = new Node("friction:" + j + "." + s + "." + f, "friction", null);
                    friction.setLabel("Friction " + f);
                    friction.setOrder(f);
                    stage.add(friction);
                    frictions.add(friction);
                }
            }
            register(d, box);
        }
        for (int i = 0; i < frictions.size() && !steps.isEmpty(); i += 2) {
            Node step = steps.get((i * 7) % steps.size());
            d.add(new Edge("trace:" + frictions.get(i).id() + ">" + step.id(), "trace", null, frictions.get(i), step));
        }
        return d;
    }

    static Diagram aggregated(int containers) {
        Diagram d = regions();
        for (int c = 0; c < containers; c++) {
            boolean journey = c % 4 == 3;
            Node box = container(d, (journey ? "journey:" : "workflow:") + c, (journey ? "Journey " : "Workflow ") + c, REGIONS[c % 4], c);
            box.add(new Node("hidden:" + c, "step", null));
            box.setCollapsed(true);
            box.details().add((5 + c % 20) + " steps");
            box.badges().add(new Badge("quick-wins", "QW " + c % 9, Style.DEFAULT.withFontSize(9), BadgePosition.BOTTOM_LEFT, null));
            box.badges().add(new Badge("bets", "SB " + c % 5, Style.DEFAULT.withFontSize(9), BadgePosition.BOTTOM_LEFT, null));
            box.badges().add(new Badge("drop", "D " + c % 3, Style.DEFAULT.withFontSize(9), BadgePosition.BOTTOM_RIGHT, null));
            register(d, box);
        }
        return d;
    }

    private static Diagram regions() {
        Diagram d = new Diagram("portfolio:p");
        d.setTitle("Kestrel Mutual");
        for (int r = 0; r < REGIONS.length; r++) {
            Band band = d.add(new Band(REGIONS[r], "region", null, BandKind.REGION));
            band.setLabel(new String[] { "Internal, high volume", "Internal, long tail", "External workflows", "Customer journeys" }[r]);
            band.setOrder(r);
        }
        return d;
    }

    private static Node container(Diagram d, String id, String label, String region, int order) {
        Node box = new Node(id, id.substring(0, id.indexOf(':')), null);
        box.setLabel(label);
        box.setLane(region);
        box.setOrder(order);
        box.setStyle(Style.DEFAULT.withShape(NodeShape.RECTANGLE).withBold(true));
        return box;
    }

    private static void register(Diagram d, Node box) {
        d.add(box);
    }
}
