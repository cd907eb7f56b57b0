package pe.rutas.style;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Plain style values for routes and flows, in screen pixels, shared by the map and the export so both
 * draw the same thing.
 */
public final class RouteStyle {
    /** Width of a route line. */
    public static final double WIDTH = 3.5;
    /** Width of the pale casing drawn under a route so it reads on any background. */
    public static final double CASING_WIDTH = 6.5;
    /** Casing colour. */
    public static final Color CASING = Color.rgb(255, 255, 255, 0.85);
    /** Dash pattern (on, off) of schematic segments; documented segments are solid. */
    public static final List<Double> SCHEMATIC_DASH = List.of(9.0, 6.0);
    /** Length and half-width of a direction arrowhead. */
    public static final double ARROW_LENGTH = 14;
    public static final double ARROW_HALF_WIDTH = 7;
    /** Radius of a destination node. */
    public static final double DESTINATION_RADIUS = 6;

    /** Flows are drawn apart from the internal routes: dark, thinner, with a long dash. */
    public static final Color FLOW_COLOR = Color.rgb(45, 45, 45, 0.72);
    public static final double FLOW_WIDTH = 2;
    public static final List<Double> FLOW_DASH = List.of(14.0, 5.0, 3.0, 5.0);

    private RouteStyle() {
    }
}
