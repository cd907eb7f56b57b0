package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The short flow arrows point along the great circle, and name the far end beyond their tip. */
class FlowArrowTest {
    @Test
    void japanLiesNorthWestOfCallaoAcrossThePacificNotEastAlongTheMercatorLine() {
        double b = FlowLayer.bearing(-77.14, -12.06, 138.0, 36.5);
        assertTrue(b > 270 && b < 360, "north-west: " + b);
        double europe = FlowLayer.bearing(-77.14, -12.06, 15.0, 50.0);
        assertTrue(europe > 0 && europe < 90, "north-east: " + europe);
        assertEquals(180, FlowLayer.bearing(-70, -10, -70, -20), 1e-9);
    }

    @Test
    void theNameGoesBeyondTheArrowTip() {
        assertEquals(LabelPlacer.Position.RIGHT, FlowLayer.beyond(0.9, -0.4).get(0));
        assertEquals(LabelPlacer.Position.LEFT, FlowLayer.beyond(-0.8, 0.6).get(0));
        assertEquals(LabelPlacer.Position.ABOVE, FlowLayer.beyond(0.1, -1).get(0));
        assertEquals(LabelPlacer.Position.BELOW, FlowLayer.beyond(0, 1).get(0));
        assertEquals(4, FlowLayer.beyond(0, 1).size(), "every other side is still tried");
    }

    @Test
    void aNameAtTheMapEdgePointsTowardThePlaceItNames() {
        assertEquals("\u2192", FlowLayer.offMapArrow(1, 0), "east");
        assertEquals("\u2193", FlowLayer.offMapArrow(0, 1), "screen y grows downward: south");
        assertEquals("\u2191", FlowLayer.offMapArrow(0, -1), "north");
        assertEquals("\u2199", FlowLayer.offMapArrow(-0.7, 0.7), "south-west");
        assertEquals("\u2190", FlowLayer.offMapArrow(-1, 0.1), "nearly west");
    }
}
