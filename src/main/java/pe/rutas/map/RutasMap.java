package pe.rutas.map;

import com.gluonhq.maps.MapView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.model.BilingualCatalog;
import pe.rutas.model.Catalog;
import pe.rutas.model.Country;
import pe.rutas.model.Department;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.MapFrame;
import pe.rutas.model.StatTable;
import pe.rutas.style.BasemapStyle;
import pe.rutas.style.LegendModel;

/**
 * The interactive map of Rutas: a Gluon {@link MapView} with the offline basemap and the data layers
 * (choropleth, departments, routes, flows, places, hotspots, labels). Selection is shared through the
 * property given to the constructor; clicking a mark selects it, hovering sets {@link #hoveredFeatureProperty()}.
 * Nodes carry ids for tests ({@code dept-PE-PUN}, {@code route-north-coast}, {@code hotspot-<id>},
 * {@code place-<id>}, {@code flow-<id>}; layer groups {@code layer-routes} …).
 *
 * <p>With {@link #onlineBasemapProperty()} off (the default) the map opens no network connection.
 * FX thread only.
 */
public class RutasMap extends Region {
    /** Zoom limits: Peru's scale to a town. */
    public static final double MIN_ZOOM = 3;
    public static final double MAX_ZOOM = 14;
    /** Deepest zoom {@link #flyTo} goes to for small boxes and points. */
    public static final double MAX_FIT_ZOOM = 9;
    /** Free margin around a box we fly to, in pixels. */
    public static final double FIT_PADDING = 48;
    public static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors";

    private final List<Department> departments;
    private final List<Country> countries;
    /** English prose: what the layers draw and key by. */
    private final Catalog catalog;
    /** Both prose languages, for the legend. */
    private final BilingualCatalog catalogs;
    private final MapContext ctx;
    private final Map<LayerId, RutasLayer> layers = new EnumMap<>(LayerId.class);
    private final ChoroplethLayer choropleth;
    private final LabelLayer labels;
    private final List<RutasLayer> stack = new ArrayList<>();
    private final FeatureIndex index;
    private DepartmentPicker picker;
    private final ObjectProperty<StatTable> choroplethTable = new SimpleObjectProperty<>(this, "choroplethTable");
    private final ObjectProperty<pe.rutas.model.Period> period = new SimpleObjectProperty<>(this, "period");
    private final BooleanProperty onlineBasemap = new SimpleBooleanProperty(this, "onlineBasemap", false);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast", false);
    private final BooleanProperty animate = new SimpleBooleanProperty(this, "animate", true);
    private final ReadOnlyObjectWrapper<MapFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<LegendModel> legend = new ReadOnlyObjectWrapper<>(this, "legend");
    private final ReadOnlyStringWrapper attribution = new ReadOnlyStringWrapper(this, "attribution", "");
    private final ThreadPoolExecutor tileWorker;
    private final OnlineTiles online;
    private BasemapTiles tiles;
    private MapView view;
    private MapFrame requested;
    private Envelope pendingBox;
    private Timeline flight;
    private int userLayerSerial;
    /** User layers in the order added, with the legend symbol of their geometry. */
    private final Map<UserLayerHandle, pe.rutas.style.Symbol> userLegend = new java.util.LinkedHashMap<>();
    private final javafx.beans.property.ReadOnlyLongWrapper userLayersRevision = new javafx.beans.property.ReadOnlyLongWrapper(this, "userLayersRevision");
    private double[] pendingCentre;
    /** Counts requested moves, so a deferred opening move never overrides a later one. */
    private long moves;

    /**
     * @param departments Peru's departments (may be empty when they failed to load)
     * @param countries   neighbours and Peru for the basemap (may be empty)
     * @param catalog     routes, hotspots, places, statistics and flows (may be {@link Catalog#empty()})
     * @param selection   the selection shared with the side panel and search
     */
    public RutasMap(List<Department> departments, List<Country> countries, Catalog catalog,
                    ObjectProperty<FeatureRef> selection) {
        this(departments, countries, BilingualCatalog.single(catalog), selection);
    }

    /**
     * As above, with the catalog's prose in both languages: the legend shows units, periods, bases
     * and locators in the map's language.
     */
    public RutasMap(List<Department> departments, List<Country> countries, BilingualCatalog catalogs,
                    ObjectProperty<FeatureRef> selection) {
        this(departments, countries, catalogs, selection, new HttpTileFetcher(HttpTileFetcher.OSM_URL),
                OnlineTiles.defaultCacheDir());
    }

    /** With a given source of online tiles and cache directory (tests use a fake, never the network). */
    RutasMap(List<Department> departments, List<Country> countries, Catalog catalog,
             ObjectProperty<FeatureRef> selection, TileFetcher onlineFetcher, java.nio.file.Path tileCache) {
        this(departments, countries, BilingualCatalog.single(catalog), selection, onlineFetcher, tileCache);
    }

    RutasMap(List<Department> departments, List<Country> countries, BilingualCatalog catalogs,
             ObjectProperty<FeatureRef> selection, TileFetcher onlineFetcher, java.nio.file.Path tileCache) {
        this.departments = List.copyOf(departments);
        this.countries = List.copyOf(countries);
        this.catalog = catalogs.english();
        this.catalogs = catalogs;
        this.ctx = new MapContext(selection);
        getStyleClass().add("rutas-map");
        getStylesheets().add(RutasMap.class.getResource("map.css").toExternalForm());

        // newest tile requests first: after a zoom or a flight the tiles on screen now are the ones wanted
        tileWorker = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "rutas-tiles");
            t.setDaemon(true);
            return t;
        });
        tileWorker.allowCoreThreadTimeOut(true);
        online = new OnlineTiles(onlineFetcher, tileCache, System::currentTimeMillis);
        installTiles();

        choropleth = new ChoroplethLayer(ctx, departments);
        DepartmentLayer depts = new DepartmentLayer(ctx, departments);
        RouteLayer routes = new RouteLayer(ctx, catalog);
        FlowLayer flows = new FlowLayer(ctx, catalog);
        PlaceLayer places = new PlaceLayer(ctx, catalog.places());
        HotspotLayer hotspots = new HotspotLayer(ctx, catalog.hotspots());
        labels = new LabelLayer(ctx, this::publishFrame);
        layers.put(LayerId.CHOROPLETH, choropleth);
        layers.put(LayerId.DEPARTMENTS, depts);
        layers.put(LayerId.ROUTES, routes);
        layers.put(LayerId.FLOWS, flows);
        layers.put(LayerId.PLACES, places);
        layers.put(LayerId.HOTSPOTS, hotspots);
        for (LayerId id : LayerId.values()) {
            RutasLayer l = layers.get(id);
            stack.add(l);
            if (l instanceof LabelLayer.Source s) {
                labels.addSource(s);
            }
            l.visibleProperty().addListener(o -> {
                labels.refresh();
                updateLegend();
            });
            l.opacityProperty().addListener(o -> labels.refresh());
        }
        stack.add(labels);
        index = new FeatureIndex(departments, catalog);

        choroplethTable.addListener((o, old, table) -> {
            choropleth.setTable(table);
            updateLegend();
        });
        ctx.locale.addListener(o -> updateLegend());
        PeriodFade fade = new PeriodFade(ctx, catalog, index.all(), choropleth);
        javafx.beans.InvalidationListener refade = o -> fade.apply(period.get(), choroplethTable.get());
        // labels follow their marks' fading: a re-layout, no rebuild
        ctx.faded.addListener(o -> stack.forEach(RutasLayer::refresh));
        period.addListener(refade);
        choroplethTable.addListener(refade);
        onlineBasemap.addListener((o, old, on) -> {
            tiles.setOnline(on);
            attribution.set(on ? OSM_ATTRIBUTION : "");
            rebuildView();
        });
        highContrast.addListener((o, old, on) -> {
            getStyleClass().remove("high-contrast");
            if (on) {
                getStyleClass().add("high-contrast");
            }
            installTiles();
            rebuildView();
        });
        picker = new DepartmentPicker(departments);
        installDepartmentPicking();
        rebuildView();
        updateLegend();
        Envelope peru = index.dataExtent();
        flyToNow(peru.isNull() ? new Envelope(-81.5, -68.5, -18.5, 0) : peru);
    }

    // ---- layers -------------------------------------------------------------------------------

    /** Whether a layer is shown (the layer group's own visibility: hidden layers have hidden nodes). */
    public BooleanProperty visibleProperty(LayerId id) {
        return layers.get(id).visibleProperty();
    }

    public DoubleProperty opacityProperty(LayerId id) {
        return layers.get(id).opacityProperty();
    }

    /** The table drawn as a choropleth; null turns the choropleth off. */
    public ObjectProperty<StatTable> choroplethTableProperty() {
        return choroplethTable;
    }

    /**
     * The period filter (issue 8): marks with no evidence in this range of years fade (they are put
     * in {@link #fadedProperty()}; see {@code pe.rutas.model.EvidencePeriod} for the rule); null, the
     * default, shows all evidence. Shared with the side panel and the export.
     */
    public ObjectProperty<pe.rutas.model.Period> periodProperty() {
        return period;
    }

    /**
     * The feature under the mouse (or set by the UI to highlight one), null when none. Named so because
     * {@code Node.hoverProperty()} is final; APP-CONTRACT's {@code hoverProperty()} is this.
     */
    public ObjectProperty<FeatureRef> hoveredFeatureProperty() {
        return ctx.hover;
    }

    /** The shared selection given to the constructor. */
    public ObjectProperty<FeatureRef> selectionProperty() {
        return ctx.selection;
    }

    /** Language of data labels and legend texts (Spanish for "es", English otherwise). */
    public ObjectProperty<Locale> localeProperty() {
        return ctx.locale;
    }

    /**
     * Features drawn faded (e.g. those with no evidence in the period the user chose, issue 8); never
     * null when read, an empty set fades nothing. They stay clickable.
     */
    public ObjectProperty<java.util.Set<FeatureRef>> fadedProperty() {
        return ctx.faded;
    }

    /** OpenStreetMap tiles instead of the offline basemap; off by default. */
    public BooleanProperty onlineBasemapProperty() {
        return onlineBasemap;
    }

    /** The tile attribution to show: "© OpenStreetMap contributors" when online tiles are on, else "". */
    public ReadOnlyStringProperty attributionProperty() {
        return attribution.getReadOnlyProperty();
    }

    /** High-contrast basemap and marks (issue 6). */
    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Animated transitions for flyTo / zoom; the presenter mode may turn them off. */
    public BooleanProperty animateProperty() {
        return animate;
    }

    // ---- view ---------------------------------------------------------------------------------

    /** The frame shown (centre, zoom, size), updated after every layout. */
    public ReadOnlyObjectProperty<MapFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public MapFrame currentFrame() {
        MapFrame f = frame.get();
        if (f != null && f.width() > 0) {
            return f;
        }
        return requested != null ? requested : new MapFrame(-75, -9.2, 5, Math.max(1, getWidth()),
                Math.max(1, getHeight()));
    }

    /** Shows {@code lonLatBox} as large as fits (capped at {@link #MAX_FIT_ZOOM}). */
    public void flyTo(Envelope lonLatBox) {
        if (lonLatBox == null || lonLatBox.isNull()) {
            return;
        }
        moves++;
        if (getWidth() <= 0 || getHeight() <= 0) {
            pendingBox = new Envelope(lonLatBox);
            pendingCentre = null;
            return;
        }
        MapFrame target = MapFrame.fit(lonLatBox, getWidth(), getHeight(), FIT_PADDING, MAX_FIT_ZOOM);
        go(target.centerLon(), target.centerLat(), clampZoom(snap(target.zoom())), Duration.millis(650));
    }

    private void flyToNow(Envelope box) {
        boolean a = animate.get();
        animate.set(false);
        flyTo(box);
        animate.set(a);
    }

    /**
     * Flies to a feature and keeps some context around points. A flow is framed around its Peruvian end
     * (its foreign end only gives a bearing), wide enough for the arrow to show its direction.
     */
    public void zoomTo(FeatureRef ref) {
        Envelope b = ref != null && ref.kind() == FeatureRef.Kind.FLOW ? index.anchorOf(ref) : boundsOf(ref);
        if (b == null || b.isNull()) {
            return;
        }
        Envelope box = new Envelope(b);
        if (box.getWidth() < 0.3 && box.getHeight() < 0.3) {
            box.expandBy(1.2);
        }
        flyTo(box);
    }

    /** Shows a centre (lon/lat degrees) at a zoom (clamped to MIN..MAX_ZOOM), animated when animations are on. */
    public void goTo(double lon, double lat, double zoom) {
        moves++;
        pendingBox = null;
        if (getWidth() <= 0 || getHeight() <= 0) {
            // before the first layout: the opening view would override it, so it waits for the size
            pendingCentre = new double[]{lon, lat, zoom};
            return;
        }
        go(lon, lat, clampZoom(zoom), Duration.millis(650));
    }

    /** Moves the view by screen pixels (positive dx shows what is east, positive dy what is south). */
    public void panBy(double dxPx, double dyPx) {
        MapFrame f = currentFrame();
        stopFlight();
        apply(f.lonAt(f.width() / 2 + dxPx), f.latAt(f.height() / 2 + dyPx), f.zoom());
    }

    public void zoomIn() {
        MapFrame f = currentFrame();
        go(f.centerLon(), f.centerLat(), clampZoom(Math.floor(f.zoom() + 1e-6) + 1), Duration.millis(250));
    }

    public void zoomOut() {
        MapFrame f = currentFrame();
        go(f.centerLon(), f.centerLat(), clampZoom(Math.ceil(f.zoom() - 1e-6) - 1), Duration.millis(250));
    }

    /** Lon/lat bounds of a feature, or null when unknown. */
    public Envelope boundsOf(FeatureRef ref) {
        return ref == null ? null : index.boundsOf(ref);
    }

    /** Features of the visible layers that lie (at least partly) in the current frame. */
    public List<FeatureRef> featuresInFrame() {
        Envelope ext = currentFrame().extent();
        List<FeatureRef> out = new ArrayList<>();
        for (FeatureRef ref : index.all()) {
            if (!layerOf(ref).isVisible()) {
                continue;
            }
            Envelope b = index.boundsOf(ref);
            if (b != null && b.intersects(ext)) {
                out.add(ref);
            }
        }
        return out;
    }

    /** The legend of the visible layers (also as {@link #legendProperty()}). */
    public LegendModel legend() {
        return legend.get();
    }

    public ReadOnlyObjectProperty<LegendModel> legendProperty() {
        return legend.getReadOnlyProperty();
    }

    /** The basemap painter in use (the export paints the same basemap with it). */
    public BasemapPainter basemapPainter() {
        return tiles.painter();
    }

    private RutasLayer layerOf(FeatureRef ref) {
        return switch (ref.kind()) {
            case DEPARTMENT -> layers.get(LayerId.DEPARTMENTS);
            case PLACE -> layers.get(LayerId.PLACES);
            case ROUTE -> layers.get(LayerId.ROUTES);
            case HOTSPOT -> layers.get(LayerId.HOTSPOTS);
            case FLOW -> layers.get(LayerId.FLOWS);
        };
    }

    // ---- internals ----------------------------------------------------------------------------

    /**
     * Clicks and hover that reach the map without hitting a mark (marks consume their clicks) are
     * resolved to the department under the pointer, if the department layer is shown.
     */
    private void installDepartmentPicking() {
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isConsumed() || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            departmentAt(e.getX(), e.getY()).ifPresent(ref -> {
                ctx.selection.set(ref);
                e.consume();
            });
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            FeatureRef onMark = MapContext.refOf(e.getPickResult().getIntersectedNode());
            if (onMark != null && onMark.kind() != FeatureRef.Kind.DEPARTMENT) {
                return;
            }
            FeatureRef dept = departmentAt(e.getX(), e.getY()).orElse(null);
            FeatureRef now = ctx.hover.get();
            if (now == null || now.kind() == FeatureRef.Kind.DEPARTMENT) {
                ctx.hover.set(dept);
            }
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            FeatureRef now = ctx.hover.get();
            if (now != null && now.kind() == FeatureRef.Kind.DEPARTMENT) {
                ctx.hover.set(null);
            }
        });
    }

    private java.util.Optional<FeatureRef> departmentAt(double x, double y) {
        if (!layers.get(LayerId.DEPARTMENTS).isVisible()) {
            return java.util.Optional.empty();
        }
        MapFrame f = currentFrame();
        return picker.isoAt(f.lonAt(x), f.latAt(y)).map(FeatureRef::department);
    }

    private void installTiles() {
        BasemapStyle style = highContrast.get() ? BasemapStyle.highContrast() : BasemapStyle.standard();
        BasemapPainter painter = new BasemapPainter(departments, countries, style, false);
        tiles = new BasemapTiles(painter, online, tileWorker, Platform::runLater);
        tiles.setOnline(onlineBasemap.get());
        OfflineTileRetriever.install(tiles);
    }

    /**
     * Gluon's map keeps the tiles it loaded, so a new basemap (online/offline, contrast) needs a new map
     * view; the layers move over and the frame is kept.
     */
    private void rebuildView() {
        MapFrame keep = view == null ? null : currentFrame();
        MapView old = view;
        MapView v = new MapView();
        v.getStyleClass().add("rutas-map-view");
        for (RutasLayer l : stack) {
            if (old != null) {
                old.removeLayer(l);
            }
            v.addLayer(l);
        }
        view = v;
        getChildren().setAll(v);
        if (keep != null) {
            apply(keep.centerLon(), keep.centerLat(), keep.zoom());
        }
    }

    @Override
    protected void layoutChildren() {
        view.resizeRelocate(0, 0, getWidth(), getHeight());
        if (pendingCentre != null && getWidth() > 0 && getHeight() > 0) {
            double[] c = pendingCentre;
            pendingCentre = null;
            pendingBox = null;
            long m = moves;
            Platform.runLater(() -> {
                if (moves == m) apply(c[0], c[1], clampZoom(c[2]));
            });
        }
        if (pendingBox != null && getWidth() > 0 && getHeight() > 0) {
            Envelope b = pendingBox;
            pendingBox = null;
            long m = moves;
            Platform.runLater(() -> {
                if (moves == m) flyToNow(b);
            });
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 700;
    }

    /**
     * Rounds a fitted zoom down to the whole level when it is at most {@value #SNAP} above one: tiles at a
     * whole zoom are drawn unscaled, crisper and several times faster in the software pipeline.
     */
    static double snap(double z) {
        double f = Math.floor(z);
        return z - f <= SNAP ? f : z;
    }

    /** How far above a whole zoom level a fitted zoom is snapped down to it. */
    static final double SNAP = 0.35;

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    private void stopFlight() {
        if (flight != null) {
            flight.stop();
            flight = null;
        }
    }

    /** Moves to a centre and zoom, animated when {@link #animateProperty()} is on. */
    private void go(double lon, double lat, double zoom, Duration duration) {
        stopFlight();
        MapFrame from = currentFrame();
        if (!animate.get() || from == null || frame.get() == null) {
            apply(lon, lat, zoom);
            return;
        }
        // interpolate in world coordinates at zoom 0 so the path is straight on screen
        double x0 = MapFrame.worldX(from.centerLon(), 0);
        double y0 = MapFrame.worldY(from.centerLat(), 0);
        double x1 = MapFrame.worldX(lon, 0);
        double y1 = MapFrame.worldY(lat, 0);
        double z0 = from.zoom();
        SimpleDoubleProperty t = new SimpleDoubleProperty(0);
        t.addListener((o, a, b) -> {
            double k = b.doubleValue();
            apply(MapFrame.lonOfWorldX(x0 + (x1 - x0) * k, 0), MapFrame.latOfWorldY(y0 + (y1 - y0) * k, 0),
                    z0 + (zoom - z0) * k);
        });
        flight = new Timeline(new KeyFrame(duration, new KeyValue(t, 1, Interpolator.EASE_BOTH)));
        flight.setOnFinished(e -> {
            flight = null;
            apply(lon, lat, zoom);
        });
        flight.play();
    }

    /**
     * Sets Gluon's zoom and centre. Gluon only reacts to changed values, and its "preferred" values go
     * stale after mouse pans and zooms, so each is nudged first to force the update.
     */
    private void apply(double lon, double lat, double zoom) {
        double z = clampZoom(zoom);
        double clat = Math.max(-MapFrame.MAX_LAT, Math.min(MapFrame.MAX_LAT, lat));
        requested = new MapFrame(lon, clat, z, Math.max(1, getWidth()), Math.max(1, getHeight()));
        view.setZoom(z + 1e-7);
        view.setZoom(z);
        view.setCenter(clat + 1e-9, lon);
        view.setCenter(clat, lon); // Gluon takes latitude first
    }

    private void publishFrame() {
        RutasLayer.View v = labels.view();
        if (v != null && v.width() > 0 && v.height() > 0) {
            frame.set(v.frame());
            tiles.setViewport(frame.get());
            double z = v.zoom();
            boolean settled = flight == null && pendingBox == null && requested != null && requested.width() > 1;
            // zoom < 1 is Gluon's state before our first frame is applied, not a user's zoom
            if (settled && (z > MAX_ZOOM + 1e-3 || (z < MIN_ZOOM - 1e-3 && z >= 1))) {
                // Gluon's own wheel zoom has no limits; bring it back into ours after the gesture
                MapFrame f = frame.get();
                Platform.runLater(() -> apply(f.centerLon(), f.centerLat(), clampZoom(f.zoom())));
            }
        }
    }

    private void updateLegend() {
        Map<LayerId, Boolean> visible = new EnumMap<>(LayerId.class);
        for (LayerId id : LayerId.values()) {
            visible.put(id, layers.get(id).isVisible());
        }
        HotspotLayer hotspots = (HotspotLayer) layers.get(LayerId.HOTSPOTS);
        LegendModel built = new LegendBuilder(catalogs, ctx.locale.get()).build(visible, choropleth.classification(),
                hotspots.hotspots(), hotspots.sizeUnit());
        legend.set(withUserLayers(built));
    }

    /** Adds a section naming the visible user layers, each in its own colour and geometry symbol. */
    private LegendModel withUserLayers(LegendModel built) {
        List<pe.rutas.style.LegendEntry> entries = new ArrayList<>();
        userLegend.forEach((h, symbol) -> {
            if (!h.visibleProperty().get()) return;
            String colour = pe.rutas.style.UserLayerStyles.legendColour(h.styleProperty().get(), symbol);
            entries.add(new pe.rutas.style.LegendEntry(h.name(), javafx.scene.paint.Color.web(colour), symbol));
        });
        if (entries.isEmpty()) return built;
        List<pe.rutas.style.LegendSection> sections = new ArrayList<>(built.sections());
        sections.add(new pe.rutas.style.LegendSection(pe.rutas.style.UserLayerStyles.legendTitle(ctx.locale.get()), "", entries));
        return new LegendModel(sections);
    }

    // ---- user layers (issue 6) ------------------------------------------------------------------

    /**
     * Adds a user's own layer above the data layers (below the labels). The features are projected
     * here, on the calling FX thread, and simplified per zoom band when first shown.
     */
    public UserLayerHandle addUserLayer(String name, List<pe.rutas.model.GeoFeature> features,
                                        pe.rutas.style.LayerStyle style) {
        return addUserLayer(name, features, style, List.of());
    }

    private UserLayerHandle addUserLayer(String name, List<pe.rutas.model.GeoFeature> features,
                                         pe.rutas.style.LayerStyle style, List<pe.rutas.io.LoadProblem> problems) {
        UserLayer l = new UserLayer(ctx, "user-layer-" + (++userLayerSerial), new UserGeometry(features), style);
        stack.add(stack.indexOf(labels), l);
        view.removeLayer(labels);
        view.addLayer(l);
        view.addLayer(labels);
        UserLayerHandle handle = new UserLayerHandle(l, name, features, problems);
        userLegend.put(handle, pe.rutas.style.UserLayerStyles.legendSymbol(features));
        handle.visibleProperty().addListener(o -> updateLegend());
        handle.styleProperty().addListener(o -> updateLegend());
        // a change listener (not an invalidation one) keeps firing for bound properties nobody else reads
        javafx.beans.value.ChangeListener<Object> changed = (o, was, now) -> {
            if (userLegend.containsKey(handle)) userLayersRevision.set(userLayersRevision.get() + 1);
        };
        handle.visibleProperty().addListener(changed);
        handle.styleProperty().addListener(changed);
        handle.opacityProperty().addListener(changed);
        updateLegend();
        userLayersRevision.set(userLayersRevision.get() + 1);
        return handle;
    }

    /**
     * Counts changes to the user layers: one added or removed, or a layer's style, visibility or
     * opacity changed. Listen to it to follow {@link #userLayers()} (e.g. presenter mode redraws
     * its slides); the value itself means nothing else. Read when notified, the handles already
     * carry the new values.
     */
    public javafx.beans.property.ReadOnlyLongProperty userLayersRevisionProperty() {
        return userLayersRevision.getReadOnlyProperty();
    }

    /** The user layers on the map, bottom first (the order they are drawn in). */
    public List<UserLayerHandle> userLayers() {
        return List.copyOf(userLegend.keySet());
    }

    /** Takes a user layer off the map; a handle already removed is ignored. */
    public void removeUserLayer(UserLayerHandle handle) {
        if (handle != null && stack.remove(handle.layer())) {
            view.removeLayer(handle.layer());
            userLegend.remove(handle);
            updateLegend();
            userLayersRevision.set(userLayersRevision.get() + 1);
        }
    }

    /**
     * Loads a GeoJSON file synchronously (through {@link pe.rutas.io.UserLayerLoader}) and adds it with
     * an automatic style. Good features load even when others are skipped; the handle lists the problems.
     *
     * @throws IllegalArgumentException when nothing in the file can be drawn; the message says why
     */
    public UserLayerHandle addUserLayer(java.nio.file.Path file) {
        pe.rutas.io.UserLayerLoad load = new pe.rutas.io.UserLayerLoader().load(file);
        if (load.features().isEmpty()) {
            throw new IllegalArgumentException(file + ": " + load.problems().stream()
                    .map(pe.rutas.io.LoadProblem::message).findFirst().orElse("no features"));
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return addUserLayer(name, load.features(), pe.rutas.style.UserLayerStyles.suggest(load.features(),
                userLayerSerial), load.problems());
    }

    /** For tests: the label keys shown now. */
    java.util.Set<String> shownLabels() {
        return labels.shownKeys();
    }

    /** For diagnostics: mean local tile paint time in ms. */
    public double meanTileMillis() {
        return tiles.meanPaintMillis();
    }
}
