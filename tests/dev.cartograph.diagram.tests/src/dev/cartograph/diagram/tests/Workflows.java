// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Style;

/**
 * Workflows as the workflow map builds them, of any size: steps in lanes by actor, a flow with a
 * decision every seventh step (two branches that join again), a loop back every fortieth, and a
 * step sometimes handed to another actor.
 */
final class Workflows {

    private static final String[] ACTORS = { "Customer", "Claims handler", "Fraud desk", "Finance", "Supplier", "Legal" };

    private Workflows() {
    }

    static Diagram generate(int steps, int actors) {
        Diagram d = new Diagram("workflow:w");
        d.setTitle("Claims handling");
        d.setSubtitle(steps + " steps");
        for (int a = 0; a < actors; a++) {
            Band lane = d.add(new Band("actor:" + a, "actor", null, BandKind.ROW));
            lane.setLabel(ACTORS[a % ACTORS.length] + (a >= ACTORS.length ? " " + a : ""));
            lane.setOrder(a);
        }
        Node[] nodes = new Node[steps];
        int actor = 0;
        for (int i = 0; i < steps; i++) {
            if (i % 5 == 3) {
                actor = (actor + 1 + i % 3) % actors;
            }
            Node n = d.add(new Node("step:" + i, "step", null));
            n.setLabel(i % 11 == 4 ? "Check the claim against the policy and ask the customer for the missing documents" : "Step " + i);
            n.setLane("actor:" + actor);
            n.setOrder(i);
            n.details().add("volume " + (100 + i % 900) + "/month \u00b7 manual " + (i % 60) + " min");
            if (i % 4 == 0) {
                n.badges().add(new Badge("usecases", Integer.toString(i % 20), Style.DEFAULT.withFontSize(9), BadgePosition.TOP_RIGHT, null));
            }
            nodes[i] = n;
        }
        for (int i = 0; i + 1 < steps; i++) {
            if (i % 7 == 0 && i + 3 < steps) {
                edge(d, nodes[i], nodes[i + 1]);
                edge(d, nodes[i], nodes[i + 2]);
                edge(d, nodes[i + 1], nodes[i + 3]);
                edge(d, nodes[i + 2], nodes[i + 3]);
                i += 2;
                continue;
            }
            edge(d, nodes[i], nodes[i + 1]);
            if (i % 40 == 39 && i >= 5) {
                edge(d, nodes[i], nodes[i - 5]);
            }
        }
        return d;
    }

    static Edge edge(Diagram d, Node from, Node to) {
        return d.add(new Edge("next:" + from.id() + ">" + to.id(), "successor", null, from, to));
    }
}
