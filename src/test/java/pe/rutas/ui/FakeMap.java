package pe.rutas.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import pe.rutas.model.FeatureRef;
import pe.rutas.style.LegendEntry;
import pe.rutas.style.LegendModel;
import pe.rutas.style.LegendSection;
import pe.rutas.style.Symbol;

/** A map stand-in for UI tests: records calls and keeps plain properties. */
final class FakeMap implements MapControl {
    final Map<LayerKey, BooleanProperty> visible = new EnumMap<>(LayerKey.class);
    final Map<LayerKey, DoubleProperty> opacity = new EnumMap<>(LayerKey.class);
    final ObjectProperty<String> table = new SimpleObjectProperty<>();
    final BooleanProperty online = new SimpleBooleanProperty(false);
    final ObjectProperty<FeatureRef> hover = new SimpleObjectProperty<>();
    final ObjectProperty<LegendModel> legend = new SimpleObjectProperty<>(new LegendModel(List.of()));
    final List<String> calls = new ArrayList<>();
    List<FeatureRef> inFrame = List.of();
    private final Pane pane = new Pane();

    FakeMap() {
        for (LayerKey k : LayerKey.values()) {
            visible.put(k, new SimpleBooleanProperty(k != LayerKey.CHOROPLETH));
            opacity.put(k, new SimpleDoubleProperty(1));
        }
        pane.setId("fake-map");
        pane.setPrefSize(800, 600);
        table.addListener((o, a, now) -> legend.set(new LegendModel(now == null ? List.of() : List.of(new LegendSection(
                "Table " + now, "2009–2010 · Source: Report",
                List.of(new LegendEntry("1–10", Color.LIGHTBLUE, Symbol.AREA),
                        new LegendEntry("No data", Color.LIGHTGRAY, Symbol.NO_DATA)))))));
    }

    @Override public Node node() { return pane; }
    @Override public BooleanProperty layerVisibleProperty(LayerKey layer) { return visible.get(layer); }
    @Override public DoubleProperty layerOpacityProperty(LayerKey layer) { return opacity.get(layer); }
    @Override public ObjectProperty<String> choroplethTableProperty() { return table; }
    @Override public BooleanProperty onlineBasemapProperty() { return online; }
    @Override public ObjectProperty<FeatureRef> hoverProperty() { return hover; }
    @Override public ReadOnlyObjectProperty<LegendModel> legendProperty() { return legend; }
    final BooleanProperty animate = new SimpleBooleanProperty(true);
    @Override public void home() { calls.add("home"); }
    @Override public BooleanProperty animateProperty() { return animate; }
    @Override public void zoomTo(FeatureRef ref) { calls.add("zoomTo " + ref.id()); }
    @Override public void panBy(double dx, double dy) { calls.add("panBy " + (int) dx + " " + (int) dy); }
    @Override public void zoomIn() { calls.add("zoomIn"); }
    @Override public void zoomOut() { calls.add("zoomOut"); }
    @Override public List<FeatureRef> featuresInFrame() { return inFrame; }
}
