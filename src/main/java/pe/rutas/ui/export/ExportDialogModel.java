package pe.rutas.ui.export;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.rutas.export.ExportData;
import pe.rutas.export.ExportMessages;
import pe.rutas.export.ExportRequest;
import pe.rutas.model.FeatureRef;

/**
 * The export dialog's state: size preset and pixels, scale (null = automatic), title (blank =
 * default), framing and target file; turns itself and the window's {@link ExportView} into an
 * {@link ExportRequest}. FX thread only.
 */
public final class ExportDialogModel {
    final ObjectProperty<ExportPreset> preset = new SimpleObjectProperty<>(ExportPreset.FULL_HD);
    final IntegerProperty width = new SimpleIntegerProperty(1920), height = new SimpleIntegerProperty(1080);
    final ObjectProperty<Double> scale = new SimpleObjectProperty<>(null);
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<FrameChoice> frame = new SimpleObjectProperty<>();
    final ObjectProperty<Path> file = new SimpleObjectProperty<>();

    public ExportDialogModel() {
        preset.addListener((o, a, p) -> {
            if (p != ExportPreset.CUSTOM) {
                width.set(p.width);
                height.set(p.height);
            }
        });
    }

    public ObjectProperty<ExportPreset> presetProperty() { return preset; }
    public IntegerProperty widthProperty() { return width; }
    public IntegerProperty heightProperty() { return height; }
    public ObjectProperty<Double> scaleProperty() { return scale; }
    public StringProperty titleProperty() { return title; }
    public ObjectProperty<FrameChoice> frameProperty() { return frame; }
    public ObjectProperty<Path> fileProperty() { return file; }

    /** Framings to offer: current view, Peru, the selection, then every route, hotspot and department by name. */
    public static List<FrameChoice> choices(ExportData data, ExportView view, ResourceBundle t) {
        boolean es = "es".equals(view.locale().getLanguage());
        List<FrameChoice> out = new ArrayList<>();
        if (view.frame() != null) out.add(new FrameChoice(FrameChoice.Kind.CURRENT_VIEW, null, t.getString("frame.view")));
        out.add(new FrameChoice(FrameChoice.Kind.PERU, null, t.getString("frame.peru")));
        if (view.selection() != null) out.add(new FrameChoice(FrameChoice.Kind.FEATURE, view.selection(),
                MessageFormat.format(t.getString("frame.selection"), nameOf(data, view.selection(), es))));
        data.catalog().routes().forEach(r -> out.add(new FrameChoice(FrameChoice.Kind.FEATURE, FeatureRef.route(r.id()),
                MessageFormat.format(t.getString("frame.route"), es ? r.nameEs() : r.name()))));
        data.catalog().hotspots().stream().sorted(Comparator.comparing(h -> h.name())).forEach(h -> out.add(new FrameChoice(FrameChoice.Kind.FEATURE,
                FeatureRef.hotspot(h.id()), MessageFormat.format(t.getString("frame.hotspot"), es ? h.nameEs() : h.name()))));
        data.departments().stream().sorted(Comparator.comparing(d -> d.name())).forEach(d -> out.add(new FrameChoice(FrameChoice.Kind.FEATURE,
                FeatureRef.department(d.iso()), MessageFormat.format(t.getString("frame.department"), es ? d.name() : d.nameEn()))));
        return out;
    }

    static String nameOf(ExportData data, FeatureRef ref, boolean es) {
        var c = data.catalog();
        return switch (ref.kind()) {
            case ROUTE -> c.route(ref.id()).map(r -> es ? r.nameEs() : r.name()).orElse(ref.id());
            case HOTSPOT -> c.hotspot(ref.id()).map(h -> es ? h.nameEs() : h.name()).orElse(ref.id());
            case PLACE -> c.place(ref.id()).map(p -> es ? p.nameEs() : p.name()).orElse(ref.id());
            case FLOW -> c.flow(ref.id()).map(f -> es ? f.nameEs() : f.name()).orElse(ref.id());
            case DEPARTMENT -> data.departments().stream().filter(d -> d.iso().equals(ref.id())).findFirst()
                    .map(d -> es ? d.name() : d.nameEn()).orElse(ref.id());
        };
    }

    /**
     * Why the current settings cannot be exported, in the window's language ({@link ExportView#locale()}),
     * or empty when {@link #toRequest} accepts them.
     */
    public Optional<String> problem(ExportView view) {
        try {
            toRequest(view);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(ExportMessages.describe(e, view.locale()));
        }
    }

    /**
     * The request for the current settings; throws {@link pe.rutas.export.ExportRequestException}
     * (an IllegalArgumentException whose reason reads in either language) for a bad size.
     */
    public ExportRequest toRequest(ExportView view) {
        int w = width.get(), h = height.get();
        double s = scale.get() != null ? scale.get() : ExportRequest.autoScale(w, h);
        FrameChoice f = frame.get();
        ExportRequest r = ExportRequest.of(w, h, view.locale()).withScale(s).withLayers(view.layers())
                .withStatTable(view.statTableId()).withOnlineBasemap(view.onlineBasemap()).withPeriod(view.period())
                .withTitle(title.get()).withHighlight(view.selection()).withUserLayers(view.userLayers());
        if (f == null || f.kind() == FrameChoice.Kind.CURRENT_VIEW) return r.withView(view.frame());
        if (f.kind() == FrameChoice.Kind.PERU) return r;
        return r.withTarget(f.target());
    }
}
