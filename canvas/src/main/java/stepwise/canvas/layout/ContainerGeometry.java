package stepwise.canvas.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * How a container is built around its lanes: a header band with the state's icon and name, then the
 * lanes (Parallel branches, or the Map's processor) side by side, all as tall as the tallest. Boxes are
 * relative to the container's top-left corner.
 */
record ContainerGeometry(double width, double height, List<Box> lanes) {
    ContainerGeometry {
        lanes = List.copyOf(lanes);
    }

    /** {@code scopeSizes} are the laid-out sizes (width, height) of the nested scopes, in order. */
    static ContainerGeometry of(List<double[]> scopeSizes, LayoutMetrics m) {
        double laneHeight = 0;
        double lanesWidth = 0;
        List<double[]> laneSizes = new ArrayList<>();
        for (double[] s : scopeSizes) {
            double w = Math.max(s[0], m.emptyLaneWidth());
            double h = m.laneTitleHeight() + Math.max(s[1], m.emptyLaneHeight());
            laneSizes.add(new double[] {w, h});
            laneHeight = Math.max(laneHeight, h);
            lanesWidth += w;
        }
        lanesWidth += m.laneGap() * Math.max(0, laneSizes.size() - 1);
        double width = Math.max(m.stateWidth(), lanesWidth + 2 * m.containerPadding());
        double x = (width - lanesWidth) / 2;
        List<Box> lanes = new ArrayList<>();
        for (double[] s : laneSizes) {
            lanes.add(new Box(x, m.headerHeight(), s[0], laneHeight));
            x += s[0] + m.laneGap();
        }
        double height = m.headerHeight() + laneHeight + m.containerPadding();
        return new ContainerGeometry(width, height, lanes);
    }
}
