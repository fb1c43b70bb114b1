// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;

/**
 * Orthogonal routes for {@link LaneFlowLayout}, through the two kinds of free space it leaves:
 * the vertical channel right of each layer (and one left of the first), and the corridor along
 * the bottom of each lane. Each edge that turns in a channel or runs along a corridor gets a
 * track of its own there (tracks are reused, in turn, past {@link #MAX_TRACKS}), and channels
 * and corridors are as wide as their tracks need.
 * <p>
 * An edge to the next layer leaves its source on the right and enters its target on the left,
 * turning in the channel between them; an edge that skips layers or goes back (a loop) drops
 * from the source's channel to a corridor, runs along it and climbs in the channel before its
 * target; an edge within one layer turns in the channel and enters its target on the right; a
 * self loop goes round the top right of its node, through the gap above it.
 */
final class FlowRoutes {

    /** The most tracks of a channel or corridor before they are reused. */
    static final int MAX_TRACKS = 8;

    private static final double TRACK = 5;
    private static final double CHANNEL_PADDING = 12;
    private static final double CHANNEL_MIN = 32;
    private static final double CORRIDOR_PADDING = 6;

    private enum Kind {
        NEXT, SAME, SELF, LONG
    }

    private final List<Node> nodes;
    private final int[] layer;
    private final List<int[]> pairs;
    private final Kind[] kind;
    private final int[] corridor;
    private final int[] corridorTrack;
    private final int[] corridorCount;
    private final int[] sourceTrack;
    private final int[] targetTrack;
    private final int[] channelCount;
    private final boolean[] bends;
    private double[] layerX;
    private double[] layerWidth;

    FlowRoutes(List<Node> nodes, int[] lane, int[] layer, List<int[]> pairs, int lanes, int layers) {
        this.nodes = nodes;
        this.layer = layer;
        this.pairs = pairs;
        int m = pairs.size();
        kind = new Kind[m];
        corridor = new int[m];
        corridorTrack = new int[m];
        corridorCount = new int[lanes];
        sourceTrack = new int[m];
        targetTrack = new int[m];
        channelCount = new int[layers + 1];
        bends = new boolean[m];
        for (int e = 0; e < m; e++) {
            int s = pairs.get(e)[0];
            int t = pairs.get(e)[1];
            int a = layer[s];
            int b = layer[t];
            kind[e] = s == t ? Kind.SELF : b == a ? Kind.SAME : b == a + 1 ? Kind.NEXT : Kind.LONG;
            if (kind[e] == Kind.LONG) {
                corridor[e] = Math.min(lane[s], lane[t]);
                corridorTrack[e] = corridorCount[corridor[e]]++;
            }
        }
    }

    /** @return the height of the corridor at the bottom of a lane (0 if no edge runs there) */
    double corridorHeight(int lane) {
        int count = lane < corridorCount.length ? corridorCount[lane] : 0;
        return count == 0 ? 0 : 2 * CORRIDOR_PADDING + TRACK * (Math.min(count, MAX_TRACKS) - 1);
    }

    /** Gives a track in its channels to each edge that turns there, once the nodes' rows are known. */
    void assignChannels(double[] y, double[] heights) {
        for (int e = 0; e < pairs.size(); e++) {
            int s = pairs.get(e)[0];
            int t = pairs.get(e)[1];
            switch (kind[e]) {
                case NEXT -> {
                    bends[e] = Math.abs(y[s] + heights[s] / 2 - (y[t] + heights[t] / 2)) > 0.5;
                    if (bends[e]) {
                        sourceTrack[e] = channelCount[layer[s] + 1]++;
                    }
                }
                case SAME, SELF -> sourceTrack[e] = channelCount[layer[s] + 1]++;
                case LONG -> {
                    sourceTrack[e] = channelCount[layer[s] + 1]++;
                    targetTrack[e] = channelCount[layer[t]]++;
                }
            }
        }
    }

    /** @param channel -1 for the one left of the first layer, else the layer it follows @return its width */
    double channelWidth(int channel) {
        int count = channelCount[channel + 1];
        return Math.max(CHANNEL_MIN, 2 * CHANNEL_PADDING + TRACK * (Math.max(1, Math.min(count, MAX_TRACKS)) - 1));
    }

    private double trackX(int channel, int track) {
        double left = channel < 0 ? layerX[0] - channelWidth(-1) : layerX[channel] + layerWidth[channel];
        return left + CHANNEL_PADDING + TRACK * (track % MAX_TRACKS);
    }

    /** Sets the routes of the edges, once the nodes are placed. */
    void route(List<Edge> edges, double[] x, double[] width, double[] laneBottom, double stackGap) {
        this.layerX = x;
        this.layerWidth = width;
        for (int e = 0; e < edges.size(); e++) {
            Node source = nodes.get(pairs.get(e)[0]);
            Node target = nodes.get(pairs.get(e)[1]);
            Bounds a = source.bounds();
            Bounds b = target.bounds();
            double ay = a.center().y();
            double by = b.center().y();
            List<Point> p = new ArrayList<>();
            p.add(new Point(a.right(), ay));
            int la = layer[pairs.get(e)[0]];
            switch (kind[e]) {
                case NEXT -> {
                    if (bends[e]) {
                        double cx = trackX(la, sourceTrack[e]);
                        p.add(new Point(cx, ay));
                        p.add(new Point(cx, by));
                    }
                    p.add(new Point(b.x(), by));
                }
                case SAME -> {
                    double cx = trackX(la, sourceTrack[e]);
                    p.add(new Point(cx, ay));
                    p.add(new Point(cx, by));
                    p.add(new Point(b.right(), by));
                }
                case SELF -> {
                    double cx = trackX(la, sourceTrack[e]);
                    double above = a.y() - stackGap / 2;
                    p.add(new Point(cx, ay));
                    p.add(new Point(cx, above));
                    p.add(new Point(a.center().x(), above));
                    p.add(new Point(a.center().x(), a.y()));
                }
                case LONG -> {
                    double ca = trackX(la, sourceTrack[e]);
                    double cb = trackX(layer[pairs.get(e)[1]] - 1, targetTrack[e]);
                    double cy = laneBottom[corridor[e]] - corridorHeight(corridor[e]) + CORRIDOR_PADDING + TRACK * (corridorTrack[e] % MAX_TRACKS);
                    p.add(new Point(ca, ay));
                    p.add(new Point(ca, cy));
                    p.add(new Point(cb, cy));
                    p.add(new Point(cb, by));
                    p.add(new Point(b.x(), by));
                }
            }
            edges.get(e).setRoute(p);
        }
    }
}
