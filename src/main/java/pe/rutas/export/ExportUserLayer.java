package pe.rutas.export;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.model.GeoFeature;
import pe.rutas.style.LayerStyle;
import pe.rutas.style.Symbol;
import pe.rutas.style.UserLayerStyles;

/**
 * A user's own layer as an export draws it: under the evidence marks, in its style, and named in
 * the legend's "Your layers" section. Immutable; the features are shared, not copied, when already
 * an unmodifiable list.
 *
 * @param name     legend label (usually the file name)
 * @param features lon/lat features (x = lon, y = lat)
 * @param style    colours, widths and mark radius in logical pixels
 * @param opacity  of the whole layer, 0..1
 * @param visible  whether the layer is shown; a hidden layer is neither drawn nor in the legend
 */
public record ExportUserLayer(String name, List<GeoFeature> features, LayerStyle style, double opacity, boolean visible) {
    public ExportUserLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        features = List.copyOf(features);
        opacity = Math.max(0, Math.min(1, opacity));
    }

    /** Lon/lat bounds of the features; a null envelope when there are none. */
    public Envelope bounds() {
        Envelope e = new Envelope();
        for (GeoFeature f : features) e.expandToInclude(f.geometry().getEnvelopeInternal());
        return e;
    }

    /** How the legend shows the layer (the same symbol as the interactive map's legend). */
    public Symbol symbol() {
        return UserLayerStyles.legendSymbol(features);
    }
}
