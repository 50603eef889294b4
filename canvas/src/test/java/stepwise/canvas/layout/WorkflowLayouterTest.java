package stepwise.canvas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stepwise.canvas.Workflows;
import stepwise.model.AslDocument;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.Scope;
import stepwise.model.graph.WorkflowGraph;
import stepwise.model.sample.WorkflowGenerator;

class WorkflowLayouterTest {
    private final WorkflowLayouter layouter = new WorkflowLayouter();

    private WorkflowLayout layout(AslDocument doc) {
        return layouter.layout(doc.graph(), LayoutPins.NONE);
    }

    @Test
    void every_state_is_placed_with_the_fixed_state_size() {
        WorkflowLayout l = layout(Workflows.document("order"));
        assertEquals(7, l.states().size());
        for (PlacedState s : l.states()) {
            assertEquals(LayoutMetrics.DEFAULT.stateWidth(), s.box().width());
            assertEquals(LayoutMetrics.DEFAULT.stateHeight(), s.box().height());
        }
    }

    @Test
    void lanes_lie_inside_their_container_and_hold_their_states_at_any_depth() {
        AslDocument doc = Workflows.document("nested");
        WorkflowGraph g = doc.graph();
        WorkflowLayout l = layout(doc);
        assertEquals(5, l.lanes().size());
        for (Scope scope : g.scopes()) {
            if (scope.parentNodeId() == null) {
                continue;
            }
            PlacedLane lane = l.lane(scope.id());
            assertNotNull(lane, scope.id());
            assertTrue(l.state(scope.parentNodeId()).box().encloses(lane.box()), scope.id() + " lies in its container");
            for (GraphNode n : scope.nodes()) {
                assertTrue(lane.box().encloses(l.state(n.id()).box()), n.name() + " lies in " + lane.title());
            }
        }
    }

    @Test
    void parallel_branches_stand_side_by_side() {
        WorkflowLayout l = layout(Workflows.document("nested"));
        PlacedLane first = l.lane("/States/ProcessInParallel/Branches/0");
        PlacedLane second = l.lane("/States/ProcessInParallel/Branches/1");
        assertEquals(first.box().y(), second.box().y());
        assertTrue(first.box().maxX() <= second.box().x(), "branch 1 is left of branch 2");
        assertEquals("Branch 2", second.title());
    }

    @Test
    void states_of_one_scope_never_overlap() {
        for (AslDocument doc : List.of(Workflows.document("order"), Workflows.document("nested"),
                AslDocument.of(WorkflowGenerator.generate(300, 7)))) {
            WorkflowGraph g = doc.graph();
            WorkflowLayout l = layout(doc);
            for (Scope scope : g.scopes()) {
                List<GraphNode> nodes = scope.nodes();
                for (int i = 0; i < nodes.size(); i++) {
                    for (int j = i + 1; j < nodes.size(); j++) {
                        Box a = l.state(nodes.get(i).id()).box();
                        Box b = l.state(nodes.get(j).id()).box();
                        assertFalse(a.overlaps(b), nodes.get(i).name() + " overlaps " + nodes.get(j).name());
                    }
                }
            }
        }
    }

    @Test
    void edges_do_not_run_through_states() {
        for (AslDocument doc : List.of(Workflows.document("order"), Workflows.document("nested"),
                AslDocument.of(WorkflowGenerator.generate(300, 7)))) {
            WorkflowGraph g = doc.graph();
            WorkflowLayout l = layout(doc);
            for (PlacedEdge e : l.edges()) {
                for (PlacedState s : l.states()) {
                    if (s.id().equals(e.from()) || s.id().equals(e.to()) || encloses(g, s.id(), e)) {
                        continue;
                    }
                    Box inner = s.box().grow(-1);
                    for (int i = 0; i + 1 < e.points().size(); i++) {
                        assertFalse(crosses(e.points().get(i), e.points().get(i + 1), inner),
                                "edge " + e.id() + " runs through " + s.id());
                    }
                }
            }
        }
    }

    /** True when state {@code id} is a container around the edge's scope (the edge is drawn inside it). */
    private static boolean encloses(WorkflowGraph g, String id, PlacedEdge e) {
        GraphNode from = g.node(e.kind() == RouteKind.START ? e.to() : e.from());
        String scope = from.scopeId();
        while (scope != null) {
            Scope s = g.scope(scope);
            if (s.parentNodeId() == null) {
                return false;
            }
            if (s.parentNodeId().equals(id)) {
                return true;
            }
            scope = g.node(s.parentNodeId()).scopeId();
        }
        return false;
    }

    private static boolean crosses(Point a, Point b, Box box) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        return minX < box.maxX() && maxX > box.x() && minY < box.maxY() && maxY > box.y();
    }

    @Test
    void start_marker_leads_down_to_the_first_state_and_terminal_states_lead_down_to_end() {
        WorkflowLayout l = layout(Workflows.document("order"));
        PlacedMarker start = l.marker(PlacedMarker.START_ID);
        PlacedMarker end = l.marker(PlacedMarker.END_ID);
        assertTrue(start.box().maxY() < l.state("/States/ValidateOrder").box().y());
        assertTrue(end.box().y() > l.state("/States/OrderTaken").box().maxY());
        assertNotNull(l.edge("start>/States/ValidateOrder"));
        assertNotNull(l.edge("/States/OrderTaken>end"));
        assertNotNull(l.edge("/States/RejectOrder>end"));
    }

    @Test
    void edges_run_from_their_source_border_to_their_target_border_with_labels() {
        WorkflowLayout l = layout(Workflows.document("order"));
        PlacedEdge next = l.edge("/States/ValidateOrder#next");
        Box from = l.state("/States/ValidateOrder").box();
        Box to = l.state("/States/IsInStock").box();
        assertEquals(from.maxY(), next.points().get(0).y(), 0.5);
        assertEquals(to.y(), next.points().get(next.points().size() - 1).y(), 0.5);
        PlacedEdge rule = l.edge("/States/IsInStock#choice/0");
        assertEquals("$.inStock == true", rule.label());
        assertNotNull(rule.labelBox());
        assertEquals("Default", l.edge("/States/IsInStock#default").label());
        assertEquals("InvalidOrder", l.edge("/States/ValidateOrder#catch/0").label());
    }

    @Test
    void points_find_the_innermost_state_lane_and_the_nearest_edge() {
        WorkflowLayout l = layout(Workflows.document("nested"));
        Box fetch = l.state("/States/ProcessInParallel/Branches/0/States/ForEachProduct/ItemProcessor/States/PriceAndStock/Branches/0/States/FetchPrice").box();
        assertEquals("FetchPrice", Workflows.document("nested").graph().node(l.stateAt(fetch.centerX(), fetch.centerY()).id()).name());
        PlacedLane lane = l.laneAt(fetch.x() - 4, fetch.centerY());
        assertEquals("/States/ProcessInParallel/Branches/0/States/ForEachProduct/ItemProcessor/States/PriceAndStock/Branches/0", lane.scopeId());
        PlacedEdge next = l.edge("/States/PrepareBatch#next");
        Point a = next.points().get(0);
        Point b = next.points().get(next.points().size() - 1);
        PlacedEdge found = l.edgeAt((a.x() + b.x()) / 2 + 3, (a.y() + b.y()) / 2, 6);
        assertEquals(next.id(), found.id());
        assertEquals(null, l.edgeAt(fetch.centerX(), fetch.centerY(), 2));
    }

    @Test
    void a_second_layout_of_the_same_graph_reuses_every_scope() {
        AslDocument doc = Workflows.document("nested");
        layout(doc);
        layout(doc);
        assertEquals(0, layouter.lastStats().laidOut());
    }

    @Test
    void renaming_a_state_lays_nothing_out_again() {
        AslDocument doc = Workflows.document("nested");
        WorkflowLayout before = layout(doc);
        WorkflowLayout after = layout(AslDocument.of(doc.text().replace("\"Cooldown\"", "\"CoolOff\"")));
        assertEquals(0, layouter.lastStats().laidOut());
        assertEquals(before.state("/States/ProcessInParallel/Branches/1/States/Cooldown").box(),
                after.state("/States/ProcessInParallel/Branches/1/States/CoolOff").box());
    }

    @Test
    void adding_a_state_to_a_short_branch_lays_out_only_that_branch() {
        AslDocument doc = Workflows.document("nested");
        layout(doc);
        layout(AslDocument.of(doc.text().replace("\"Cooldown\": {\"Type\": \"Wait\", \"Seconds\": 30, \"End\": true}",
                "\"Cooldown\": {\"Type\": \"Wait\", \"Seconds\": 30, \"Next\": \"Extra\"}, \"Extra\": {\"Type\": \"Pass\", \"End\": true}")));
        // the other branch is taller, so the Parallel keeps its size and its parent keeps its layout
        assertEquals(1, layouter.lastStats().laidOut());
        assertEquals(5, layouter.lastStats().reused());
    }

    @Test
    void adding_a_state_deep_inside_lays_out_that_scope_and_the_ancestors_that_grew() {
        AslDocument doc = Workflows.document("nested");
        layout(doc);
        String edited = doc.text().replace("\"MergeProduct\": {\"Type\": \"Pass\", \"End\": true}",
                "\"MergeProduct\": {\"Type\": \"Pass\", \"Next\": \"Extra\"}, \"Extra\": {\"Type\": \"Pass\", \"End\": true}");
        assertNotEquals(doc.text(), edited);
        layout(AslDocument.of(edited));
        // the Map's processor, the branch holding the Map, and the machine; the inner Parallel's two
        // branches and the other outer branch come from the cache
        assertEquals(3, layouter.lastStats().laidOut());
        assertEquals(3, layouter.lastStats().reused());
    }

    @Test
    void a_pinned_state_stays_where_it_was_put_relative_to_its_scope() {
        AslDocument doc = Workflows.document("nested");
        String id = "/States/ProcessInParallel/Branches/1/States/NoOrders";
        LayoutPins pins = new LayoutPins(Map.of(id, new Point(40, 300)));
        WorkflowLayout l = layouter.layout(doc.graph(), pins);
        Point origin = l.scopeOrigin("/States/ProcessInParallel/Branches/1");
        Box box = l.state(id).box();
        assertEquals(origin.x() + 40, box.x(), 0.01);
        assertEquals(origin.y() + 300, box.y(), 0.01);
        assertTrue(l.lane("/States/ProcessInParallel/Branches/1").box().encloses(box), "the lane grows to hold the pinned state");
        PlacedEdge in = l.edge("/States/ProcessInParallel/Branches/1/States/EnoughOrders#default");
        Point last = in.points().get(in.points().size() - 1);
        assertTrue(box.grow(0.5).contains(last.x(), last.y()), "its edges are routed to where it is now");
    }

    @Test
    void a_large_scope_is_split_into_segments_that_are_cached_apart() {
        String text = WorkflowGenerator.generate(400, 3);
        AslDocument doc = AslDocument.of(text);
        layout(doc);
        int firstPass = layouter.lastStats().laidOut();
        // change one Wait's seconds and another state's name: the shapes stay, nothing is laid out
        layout(AslDocument.of(text.replaceFirst("\"Seconds\": \\d+", "\"Seconds\": 1")));
        assertEquals(0, layouter.lastStats().laidOut());
        assertTrue(firstPass > 10, "segments and nested scopes are laid out apart: " + firstPass);
    }

    @Test
    void a_long_sequence_runs_straight_down_one_spine_across_segments() {
        StringBuilder sb = new StringBuilder("{\"StartAt\": \"S0\", \"States\": {");
        for (int i = 0; i < 150; i++) {
            sb.append(i == 0 ? "" : ", ").append("\"S").append(i).append("\": {\"Type\": \"Pass\", ")
                    .append(i == 149 ? "\"End\": true}" : "\"Next\": \"S" + (i + 1) + "\"}");
        }
        AslDocument doc = AslDocument.of(sb.append("}}").toString());
        WorkflowLayout l = layout(doc);
        assertTrue(layouter.lastStats().laidOut() > 2, "the sequence is laid out in segments");
        double x = l.state("/States/S0").box().x();
        double y = -1;
        for (int i = 0; i < 150; i++) {
            Box b = l.state("/States/S" + i).box();
            assertEquals(x, b.x(), 0.5, "S" + i + " stands on the spine");
            assertTrue(b.y() > y, "S" + i + " is below S" + (i - 1));
            y = b.y();
        }
    }

    @Test
    void an_edge_to_a_far_state_in_a_large_scope_is_drawn_as_a_jump() {
        AslDocument doc = AslDocument.of(WorkflowGenerator.generate(400, 3));
        WorkflowLayout l = layout(doc);
        List<PlacedEdge> jumps = new ArrayList<>();
        for (PlacedEdge e : l.edges()) {
            if (e.isJump()) {
                jumps.add(e);
            }
        }
        assertFalse(jumps.isEmpty());
        PlacedEdge j = jumps.get(0);
        assertTrue(j.jump().text().endsWith(doc.graph().node(j.to()).name()), j.jump().text());
        Point last = j.points().get(j.points().size() - 1);
        assertTrue(j.jump().box().grow(0.5).contains(last.x(), last.y()), "the connector ends at its chip");
    }
}
