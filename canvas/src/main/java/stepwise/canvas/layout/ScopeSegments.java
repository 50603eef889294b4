package stepwise.canvas.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a large scope into segments that ELK lays out one by one, then stacks them. A long workflow is
 * mostly a sequence; wherever every connection between what comes before and what comes after enters one
 * state (a cut), the layout above and below can be made apart without changing the picture. Cuts are
 * chosen by the states' names, not their count, so inserting a state changes one segment and the others
 * keep their cached layouts.
 *
 * <p>Each segment but the last ends with an EXIT slot as wide as the next segment's first state, in the
 * last layer; the connections into that state end there and are continued straight down to it. The next
 * segment is shifted to put its ENTRY state right below the EXIT.
 */
final class ScopeSegments {
    static final int MIN_STATES = 12;
    static final int MAX_STATES = 40;
    private static final int CUT_EVERY = 10;
    private static final double EXIT_HEIGHT = 2;
    private static final double SEGMENT_GAP = 20;

    /** One segment: its own shape, and for each of its slots and links the slot or link of the whole scope. */
    record Segment(ScopeShape shape, int[] slots, int[] links, int entrySlot, int exitSlot) {
    }

    private ScopeSegments() {
    }

    /**
     * The segments of {@code full}, whose first {@code names.size()} slots are its states in written order;
     * a single segment when the scope cannot be cut or is small.
     */
    static List<Segment> split(ScopeShape full, List<String> names) {
        int n = names.size();
        int[] order = order(full, n);
        boolean[] forbidden = forbiddenCuts(full, order, n);
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        int start = 0;
        for (int k = 1; k < n; k++) {
            int size = k - start;
            if (!forbidden[k] && n - k >= MIN_STATES && size >= MIN_STATES
                    && (Math.floorMod(names.get(k).hashCode(), CUT_EVERY) == 0 || size >= MAX_STATES)) {
                cuts.add(k);
                start = k;
            }
        }
        if (cuts.size() == 1) {
            return List.of(whole(full));
        }
        cuts.add(n);
        int[] segmentOf = new int[full.slots().size()];
        for (int s = 0; s < segmentOf.length; s++) {
            int o = Math.max(0, Math.min(n - 1, order[s]));
            int seg = 0;
            while (seg + 1 < cuts.size() - 1 && cuts.get(seg + 1) <= o) {
                seg++;
            }
            segmentOf[s] = seg;
        }
        List<Segment> out = new ArrayList<>();
        for (int seg = 0; seg + 1 < cuts.size(); seg++) {
            out.add(segment(full, segmentOf, seg, seg > 0 ? cuts.get(seg) : -1, seg + 2 < cuts.size() ? cuts.get(seg + 1) : -1));
        }
        return out;
    }

    private static Segment whole(ScopeShape full) {
        int[] slots = new int[full.slots().size()];
        Arrays.setAll(slots, i -> i);
        int[] links = new int[full.links().size()];
        Arrays.setAll(links, i -> i);
        return new Segment(full, slots, links, -1, -1);
    }

    /** Where each slot stands in written order: states by index, chips with their source, Start before all, End after. */
    private static int[] order(ScopeShape full, int n) {
        int[] order = new int[full.slots().size()];
        for (int s = 0; s < order.length; s++) {
            ScopeShape.Role r = full.slots().get(s).role();
            order[s] = s < n ? s : r == ScopeShape.Role.START ? -1 : n;
        }
        for (ScopeShape.Link l : full.links()) {
            if (full.slots().get(l.to()).role() == ScopeShape.Role.JUMP) {
                order[l.to()] = order[l.from()];
            }
        }
        return order;
    }

    /** Cut k separates states before k from k onwards; a link may cross it only when it goes into state k. */
    private static boolean[] forbiddenCuts(ScopeShape full, int[] order, int n) {
        int[] diff = new int[n + 2];
        for (ScopeShape.Link l : full.links()) {
            int a = order[l.from()];
            int b = order[l.to()];
            int lo;
            int hi;
            if (a < b) {
                lo = a + 1;
                hi = full.isState(l.to()) && l.to() == b ? b - 1 : b;
            } else if (a > b) {
                lo = b + 1;
                hi = a;
            } else {
                continue;
            }
            lo = Math.max(lo, 1);
            hi = Math.min(hi, n - 1);
            if (lo <= hi) {
                diff[lo]++;
                diff[hi + 1]--;
            }
        }
        boolean[] forbidden = new boolean[n + 1];
        int running = 0;
        for (int k = 0; k <= n; k++) {
            running += diff[k];
            forbidden[k] = running > 0;
        }
        return forbidden;
    }

    private static Segment segment(ScopeShape full, int[] segmentOf, int seg, int entryState, int nextEntryState) {
        List<ScopeShape.Slot> slots = new ArrayList<>();
        List<Integer> slotMap = new ArrayList<>();
        int[] local = new int[full.slots().size()];
        Arrays.fill(local, -1);
        for (int s = 0; s < full.slots().size(); s++) {
            if (segmentOf[s] == seg) {
                ScopeShape.Slot slot = full.slots().get(s);
                if (s == entryState) {
                    slot = slot.withRole(ScopeShape.Role.ENTRY);
                }
                local[s] = slots.size();
                slots.add(slot);
                slotMap.add(s);
            }
        }
        int exit = -1;
        if (nextEntryState >= 0) {
            exit = slots.size();
            slots.add(new ScopeShape.Slot(full.slots().get(nextEntryState).width(), EXIT_HEIGHT, ScopeShape.Role.EXIT));
            slotMap.add(-1);
        }
        List<ScopeShape.Link> links = new ArrayList<>();
        List<Integer> linkMap = new ArrayList<>();
        for (int i = 0; i < full.links().size(); i++) {
            ScopeShape.Link l = full.links().get(i);
            if (segmentOf[l.from()] != seg) {
                continue;
            }
            int to;
            if (segmentOf[l.to()] == seg) {
                to = local[l.to()];
            } else if (l.to() == nextEntryState) {
                to = exit;
            } else {
                throw new IllegalStateException("link crosses a segment cut: " + l);
            }
            links.add(new ScopeShape.Link(local[l.from()], to, l.kind(), l.labelWidth(), l.labelHeight()));
            linkMap.add(i);
        }
        return new Segment(new ScopeShape(slots, links), slotMap.stream().mapToInt(Integer::intValue).toArray(),
                linkMap.stream().mapToInt(Integer::intValue).toArray(), entryState >= 0 ? local[entryState] : -1, exit);
    }

    /** Stacks the segments' layouts into the layout of the whole scope. */
    static ScopeLayout compose(ScopeShape full, List<Segment> segments, List<ScopeLayout> layouts, LayoutMetrics m) {
        if (segments.size() == 1) {
            return layouts.get(0);
        }
        int count = segments.size();
        double[] offsetX = new double[count];
        double[] offsetY = new double[count];
        // Every segment's entry state stands on one vertical spine (under the first exit), so a long
        // workflow does not drift sideways; the line between segments jogs in the gap if it must.
        double spine = layouts.get(0).positions().get(segments.get(0).exitSlot()).x();
        for (int k = 1; k < count; k++) {
            ScopeLayout above = layouts.get(k - 1);
            ScopeLayout l = layouts.get(k);
            Point entry = l.positions().get(segments.get(k).entrySlot());
            offsetX[k] = spine - entry.x();
            offsetY[k] = offsetY[k - 1] + contentBottom(segments.get(k - 1).shape(), above) + SEGMENT_GAP - contentTop(l);
        }
        Point[] positions = new Point[full.slots().size()];
        ScopeLayout.Route[] routes = new ScopeLayout.Route[full.links().size()];
        for (int k = 0; k < count; k++) {
            Segment seg = segments.get(k);
            ScopeLayout l = layouts.get(k);
            for (int s = 0; s < seg.slots().length; s++) {
                if (seg.slots()[s] >= 0) {
                    positions[seg.slots()[s]] = l.positions().get(s).translate(offsetX[k], offsetY[k]);
                }
            }
            double entryTop = 0;
            double jog = 0;
            double jogY = 0;
            if (k + 1 < count) {
                Point entry = layouts.get(k + 1).positions().get(segments.get(k + 1).entrySlot()).translate(offsetX[k + 1], offsetY[k + 1]);
                Point exit = l.positions().get(seg.exitSlot()).translate(offsetX[k], offsetY[k]);
                entryTop = entry.y();
                jog = entry.x() - exit.x();
                jogY = exit.y() + EXIT_HEIGHT + SEGMENT_GAP / 2;
            }
            for (int i = 0; i < seg.links().length; i++) {
                ScopeLayout.Route r = l.routes().get(i);
                List<Point> points = new ArrayList<>(r.points().size() + 1);
                for (Point p : r.points()) {
                    points.add(p.translate(offsetX[k], offsetY[k]));
                }
                if (seg.shape().links().get(i).to() == seg.exitSlot() && !points.isEmpty()) {
                    Point last = points.remove(points.size() - 1);
                    if (Math.abs(jog) >= 0.5) {
                        points.add(new Point(last.x(), jogY));
                        points.add(new Point(last.x() + jog, jogY));
                    }
                    points.add(new Point(last.x() + jog, entryTop));
                }
                Box label = r.label() == null ? null : r.label().translate(offsetX[k], offsetY[k]);
                routes[seg.links()[i]] = new ScopeLayout.Route(points, label);
            }
        }
        return normalized(full, positions, routes, m);
    }

    private static double contentTop(ScopeLayout l) {
        double top = Double.POSITIVE_INFINITY;
        for (Point p : l.positions()) {
            top = Math.min(top, p.y());
        }
        for (ScopeLayout.Route r : l.routes()) {
            for (Point p : r.points()) {
                top = Math.min(top, p.y());
            }
            if (r.label() != null) {
                top = Math.min(top, r.label().y());
            }
        }
        return top;
    }

    private static double contentBottom(ScopeShape shape, ScopeLayout l) {
        double bottom = 0;
        for (int s = 0; s < l.positions().size(); s++) {
            bottom = Math.max(bottom, l.positions().get(s).y() + shape.slots().get(s).height());
        }
        for (ScopeLayout.Route r : l.routes()) {
            for (Point p : r.points()) {
                bottom = Math.max(bottom, p.y());
            }
            if (r.label() != null) {
                bottom = Math.max(bottom, r.label().maxY());
            }
        }
        return bottom;
    }

    /** Shifts everything right so that nothing lies left of the padding, and measures the result. */
    private static ScopeLayout normalized(ScopeShape full, Point[] positions, ScopeLayout.Route[] routes, LayoutMetrics m) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = 0;
        for (int s = 0; s < positions.length; s++) {
            ScopeShape.Slot slot = full.slots().get(s);
            minX = Math.min(minX, positions[s].x());
            maxX = Math.max(maxX, positions[s].x() + slot.width());
            maxY = Math.max(maxY, positions[s].y() + slot.height());
        }
        for (ScopeLayout.Route r : routes) {
            for (Point p : r.points()) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            if (r.label() != null) {
                minX = Math.min(minX, r.label().x());
                maxX = Math.max(maxX, r.label().maxX());
                maxY = Math.max(maxY, r.label().maxY());
            }
        }
        double dx = m.scopePadding() - minX;
        List<Point> placed = new ArrayList<>(positions.length);
        for (Point p : positions) {
            placed.add(p.translate(dx, 0));
        }
        List<ScopeLayout.Route> moved = new ArrayList<>(routes.length);
        for (ScopeLayout.Route r : routes) {
            List<Point> points = new ArrayList<>(r.points().size());
            for (Point p : r.points()) {
                points.add(p.translate(dx, 0));
            }
            moved.add(new ScopeLayout.Route(points, r.label() == null ? null : r.label().translate(dx, 0)));
        }
        return new ScopeLayout(maxX + dx + m.scopePadding(), maxY + m.scopePadding(), placed, moved);
    }
}
