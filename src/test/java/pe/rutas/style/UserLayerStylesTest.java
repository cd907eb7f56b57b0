package pe.rutas.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.rutas.model.GeometryKind;

class UserLayerStylesTest {
    @Test
    void pointsGetAFilledMarkLinesNoFillPolygonsATranslucentFill() {
        LayerStyle points = UserLayerStyles.suggest(Set.of(GeometryKind.POINT), 0);
        LayerStyle lines = UserLayerStyles.suggest(Set.of(GeometryKind.LINE), 0);
        LayerStyle polygons = UserLayerStyles.suggest(Set.of(GeometryKind.POLYGON), 0);
        assertEquals(1.0, points.fillOpacity());
        assertEquals(5, points.pointRadius());
        assertEquals(0.0, lines.fillOpacity());
        assertEquals(0.25, polygons.fillOpacity());
        assertEquals(lines.stroke(), polygons.stroke());
    }

    @Test
    void successiveLayersGetDifferentColoursAndMixedLayersDrawEverything() {
        assertNotEquals(UserLayerStyles.suggest(Set.of(GeometryKind.LINE), 0).stroke(),
                UserLayerStyles.suggest(Set.of(GeometryKind.LINE), 1).stroke());
        LayerStyle mixed = UserLayerStyles.suggest(EnumSet.of(GeometryKind.POINT, GeometryKind.POLYGON), 2);
        assertEquals(0.25, mixed.fillOpacity());
        assertEquals(5, mixed.pointRadius());
    }

    @Test
    void editedStyleIsValidated() {
        LayerStyle s = UserLayerStyles.suggest(Set.of(GeometryKind.LINE), 0).withStroke("#000000").withStrokeWidth(4);
        assertEquals("#000000", s.stroke());
        assertEquals(4, s.strokeWidth());
        assertThrows(IllegalArgumentException.class, () -> s.withStroke("red"));
        assertThrows(IllegalArgumentException.class, () -> s.withFill("#FFFFFF", 1.5));
    }
}
