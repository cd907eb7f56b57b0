package pe.rutas.map;

import java.util.List;

/** Label positions tried around point symbols, in order of cartographic preference. */
final class PointLabels {
    static final List<LabelPlacer.Position> AROUND = List.of(LabelPlacer.Position.RIGHT, LabelPlacer.Position.LEFT,
            LabelPlacer.Position.ABOVE, LabelPlacer.Position.BELOW);

    private PointLabels() {
    }
}
