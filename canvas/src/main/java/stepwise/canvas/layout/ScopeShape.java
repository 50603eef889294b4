package stepwise.canvas.layout;

import java.util.List;

/**
 * Everything the automatic layout of one scope depends on, by position rather than by state id: the
 * sizes of its slots (states, containers already measured, Start/End markers) and the links between
 * them. Two scopes with equal shapes have the same layout, so a shape is the key of the layout cache:
 * renaming a state or editing a field that is not drawn keeps the shape and costs no layout at all.
 */
record ScopeShape(List<Slot> slots, List<Link> links) {
    enum Role {
        STATE,
        /** A Succeed or Fail that no drawn line leads to (only jumps, or nothing): drawn in the last layer. */
        LAST_STATE,
        START, END,
        /** The chip at the end of a connector that jumps to a far state instead of crossing the scope. */
        JUMP,
        /** In a segment of a large scope: the state the previous segment flows into, drawn in the first layer. */
        ENTRY,
        /** In a segment of a large scope: where the flow leaves for the next segment, in the last layer. */
        EXIT
    }

    /** A box to place; a {@code centered} one (a container) has its lines attached at the middle of its top and bottom. */
    record Slot(double width, double height, Role role, boolean centered) {
        Slot(double width, double height, Role role) {
            this(width, height, role, false);
        }

        Slot withRole(Role newRole) {
            return new Slot(width, height, newRole, centered);
        }
    }

    record Link(int from, int to, RouteKind kind, double labelWidth, double labelHeight) {
        boolean labelled() {
            return labelWidth > 0;
        }
    }

    boolean isState(int slot) {
        Role r = slots.get(slot).role();
        return r == Role.STATE || r == Role.LAST_STATE || r == Role.ENTRY;
    }

    ScopeShape {
        slots = List.copyOf(slots);
        links = List.copyOf(links);
    }
}
