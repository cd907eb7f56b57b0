package pe.rutas.ui.presenter;

import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.export.ExportLayer;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.StatTable;

/**
 * A tour step resolved against the loaded data: what presenter mode shows. {@code box} is the
 * lon/lat box to frame (from the step's box or its feature's bounds); {@code highlight} the
 * framed feature or null.
 */
public record Slide(int number, int count, String title, String note, Envelope box, FeatureRef highlight,
                    Set<ExportLayer> layers, StatTable table, List<SlideFigure> figures) {}
