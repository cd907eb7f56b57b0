package pe.rutas.export;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import pe.rutas.io.Message;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.Department;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Figure;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.MapFrame;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;
import pe.rutas.model.StatTable;

/**
 * Decides an export's {@link Composition}: the frame (a feature framed automatically, the current
 * view, or all of Peru), the default title, legend rows of the visible layers, the source line of
 * the features in the frame, the evidence dates and the footer. Features, periods and sources are
 * taken from the English-prose catalog; data prose printed in the legend (a table's period and
 * base) from the catalog in the request's language ({@link ExportData#catalog(Locale)}). No toolkit: text is measured by
 * the given {@link TextMeasure}. Unknown ids are reported with {@link UnknownFeatureException}.
 */
public final class Composer {
    /** Peru's bounding box (lon/lat), used when no department geometry is loaded. */
    public static final Envelope PERU = new Envelope(-81.35, -68.65, -18.35, -0.04);
    /** Half-size in degrees of the box framed around a point feature (about 130 km). */
    static final double POINT_MARGIN_DEG = 1.2;
    static final double FIT_PADDING = 36, MAX_ZOOM = 11;

    private final ExportData data;
    private final SourceShortNames shortNames;
    private final TextMeasure measure;

    public Composer(ExportData data, SourceShortNames shortNames, TextMeasure measure) {
        this.data = data;
        this.shortNames = shortNames;
        this.measure = measure;
    }

    /**
     * Thrown when a request names a route, hotspot, department, flow or table that is not loaded,
     * or a feature with nothing to frame; the reason reads in English or Spanish.
     */
    public static final class UnknownFeatureException extends ExportRequestException {
        public UnknownFeatureException(Message text) {
            super(text);
        }
    }

    public Composition compose(ExportRequest req) {
        Catalog cat = data.catalog();
        ResourceBundle t = ExportText.bundle(req.locale());
        Locale loc = req.locale();
        double w = req.width() / req.scale(), h = req.height() / req.scale();

        StatTable table = null;
        if (req.statTableId() != null && !req.statTableId().isBlank()) {
            table = cat.table(req.statTableId()).orElseThrow(() -> unknown("unknown.table", req.statTableId(),
                    cat.statistics().stream().map(StatTable::id).toList()));
        }
        Envelope targetBox = req.target() == null ? null : boundsOf(req.target());
        String title = req.title() != null && !req.title().isBlank() ? req.title().strip() : defaultTitle(req, table, t);

        // A first layout with the legend of every visible layer gives the frame; the legend and the
        // source line are then narrowed to what the frame shows, and the layout redone with them.
        List<LegendItem> allItems = legendItems(req, table, null, null, t);
        ChromeLayout first = layout(req, w, h, allItems, List.of(), "");
        MapFrame frame = frameFor(req, first, targetBox);
        Envelope extent = frame.extent();
        List<CitedFeature> inFrame = featuresIn(req, extent, table);
        Set<FeatureRef> faded = fadedBy(req.period(), inFrame);
        List<CitedFeature> cited = inFrame.stream().filter(c -> !faded.contains(c.ref())).map(c -> inPeriod(c, req.period())).toList();

        String sourceLine = new SourceLine(loc).build(cited, shortNames.resolver(cat, loc));
        if (req.period() != null && !sourceLine.isBlank()) {
            sourceLine += " · " + MessageFormat.format(t.getString("period.filter"), req.period().toString());
        }
        String subtitle = subtitle(req, cited, t);
        List<LegendItem> items = legendItems(req, table, inFrame, extent, t);
        List<String> footerTexts = new ArrayList<>();
        footerTexts.add(sourceLine);
        String attribution = t.getString("attribution.ne") + (req.onlineBasemap() ? " · " + t.getString("attribution.osm") : "")
                + " · " + MessageFormat.format(t.getString("exported"), req.exportDate().toString());
        footerTexts.add(attribution);
        ChromeLayout layout = layout(req, w, h, items, footerTexts, subtitle);
        // keep the frame's centre and zoom from the first pass unless the map area changed size
        MapFrame finalFrame = sameSize(layout, first) ? frame : frameFor(req, layout, targetBox);
        List<String> footer = footerLines(footerTexts, w);
        LegendLayout.Result legend = legendLayout(items, layout.map().height(), w);
        ScaleBar bar = ScaleBar.fit(finalFrame, finalFrame.centerLat(), ChromeLayout.SCALE_W - 20);
        return new Composition(req, layout, finalFrame, title, subtitle, legend, footer, bar, req.emphasised(), faded,
                inFrame, sourceLine);
    }

    private static boolean sameSize(ChromeLayout a, ChromeLayout b) {
        return a.map().equals(b.map()) && a.free().equals(b.free());
    }

    private ChromeLayout layout(ExportRequest req, double w, double h, List<LegendItem> items, List<String> footerTexts, String subtitle) {
        double titleH = Composition.TITLE_SIZE * 1.25 + (subtitle.isBlank() ? 0 : Composition.SUBTITLE_SIZE * 1.5);
        int footerLines = Math.max(2, footerLines(footerTexts, w).size());
        double footerH = footerLines * Composition.FOOTER_LINE;
        double mapH = Math.max(1, h - titleH - 24 - footerH - 20);
        LegendLayout.Result legend = legendLayout(items, mapH, w);
        return ChromeLayout.of(w, h, titleH, footerH, legend.width(), legend.height());
    }

    /** The legend may take at most {@link #LEGEND_SHARE} of the width; rows that do not fit are left out (counted as overflow). */
    private LegendLayout.Result legendLayout(List<LegendItem> items, double mapHeight, double pageWidth) {
        double maxH = Math.max(Composition.LEGEND_ROW, mapHeight - 2 * ChromeLayout.MARGIN - 2 * ChromeLayout.LEGEND_PAD);
        return LegendLayout.layout(items, s -> measure.width(s, Composition.LEGEND_SIZE, false),
                Composition.LEGEND_ROW, maxH, Math.min(700, pageWidth * LEGEND_SHARE));
    }

    static final double LEGEND_SHARE = 0.42;

    private List<String> footerLines(List<String> texts, double w) {
        List<String> out = new ArrayList<>();
        for (String s : texts) out.addAll(TextWrap.wrap(s, w - 2 * ChromeLayout.MARGIN, x -> measure.width(x, Composition.FOOTER_SIZE, false)));
        return out;
    }

    private MapFrame frameFor(ExportRequest req, ChromeLayout layout, Envelope targetBox) {
        if (targetBox != null) return layout.fit(withContext(targetBox), FIT_PADDING, MAX_ZOOM);
        if (req.view() != null) return layout.fit(req.view().extent(), 0, 18);
        return layout.fit(peru(), FIT_PADDING * 0.5, MAX_ZOOM);
    }

    /**
     * {@code box} grown about its centre to at least the box framed around a single point, so a
     * short route (Lambayeque–Chiclayo, 12 km) or a small department (Callao) is shown with
     * enough country around it for a reader to place it.
     */
    public static Envelope withContext(Envelope box) {
        double minSide = 2 * POINT_MARGIN_DEG;
        if (box.getWidth() >= minSide && box.getHeight() >= minSide) return box;
        double w = Math.max(box.getWidth(), minSide), h = Math.max(box.getHeight(), minSide);
        double cx = box.centre().x, cy = box.centre().y;
        return new Envelope(cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2);
    }

    /** Peru's extent from the department geometries, or {@link #PERU}. */
    public Envelope peru() {
        Envelope e = new Envelope();
        for (Department d : data.departments()) if (d.geometry() != null) e.expandToInclude(d.geometry().getEnvelopeInternal());
        return e.isNull() ? new Envelope(PERU) : e;
    }

    /** The lon/lat box to frame for a feature; throws {@link UnknownFeatureException} for an unknown id. */
    public Envelope boundsOf(FeatureRef ref) {
        Catalog cat = data.catalog();
        switch (ref.kind()) {
            case ROUTE -> {
                Route r = cat.route(ref.id()).orElseThrow(() -> unknown("unknown.route", ref.id(), cat.routes().stream().map(Route::id).toList()));
                Envelope e = new Envelope();
                for (RouteSegment s : r.segments()) if (s.line() != null) e.expandToInclude(s.line().getEnvelopeInternal());
                if (e.isNull()) throw new UnknownFeatureException(ExportMessages.of("noFrame.route", ref.id()));
                return e;
            }
            case HOTSPOT -> {
                Hotspot hs = cat.hotspot(ref.id()).orElseThrow(() -> unknown("unknown.hotspot", ref.id(), cat.hotspots().stream().map(Hotspot::id).toList()));
                if (hs.point() == null) throw new UnknownFeatureException(ExportMessages.of("noFrame.hotspot", ref.id()));
                return around(hs.point().getX(), hs.point().getY());
            }
            case PLACE -> {
                var p = cat.place(ref.id()).orElseThrow(() -> unknown("unknown.place", ref.id(), cat.places().stream().map(x -> x.id()).toList()));
                if (p.point() == null) throw new UnknownFeatureException(ExportMessages.of("noFrame.place", ref.id()));
                return around(p.point().getX(), p.point().getY());
            }
            case DEPARTMENT -> {
                Department d = data.departments().stream().filter(x -> x.iso().equalsIgnoreCase(ref.id())).findFirst()
                        .orElseThrow(() -> unknown("unknown.department", ref.id(), data.departments().stream().map(Department::iso).toList()));
                if (d.geometry() == null || d.geometry().isEmpty()) throw new UnknownFeatureException(ExportMessages.of("noFrame.department", ref.id()));
                return d.geometry().getEnvelopeInternal();
            }
            case FLOW -> {
                Flow f = cat.flows().stream().filter(x -> x.id().equals(ref.id())).findFirst()
                        .orElseThrow(() -> unknown("unknown.flow", ref.id(), cat.flows().stream().map(Flow::id).toList()));
                Envelope e = new Envelope();
                FlowEnds.of(f, data).ifPresent(ends -> {
                    e.expandToInclude(ends.peruLon(), ends.peruLat());
                    e.expandToInclude(ends.farLon(), ends.farLat());
                });
                if (e.isNull()) return peru();
                // flows to distant countries leave the map: frame Peru plus the near end
                Envelope p = peru();
                if (e.getWidth() > 40 || e.getHeight() > 40) return p;
                e.expandToInclude(p);
                return e;
            }
        }
        throw new IllegalStateException(ref.kind().toString());
    }

    private static Envelope around(double lon, double lat) {
        return new Envelope(lon - POINT_MARGIN_DEG, lon + POINT_MARGIN_DEG, lat - POINT_MARGIN_DEG, lat + POINT_MARGIN_DEG);
    }

    /** {@code key} is one of the bundle's {@code unknown.*} patterns: id, then the known ids. */
    private static UnknownFeatureException unknown(String key, String id, List<String> known) {
        return new UnknownFeatureException(ExportMessages.of(key, id, ids(known)));
    }

    /** The first dozen known ids, sorted, or "none loaded" (a message, so it follows the language). */
    private static Object ids(List<String> known) {
        if (known.isEmpty()) return ExportMessages.of("known.none");
        List<String> sorted = new ArrayList<>(known);
        sorted.sort(null);
        return sorted.size() > 12 ? String.join(", ", sorted.subList(0, 12)) + ", …" : String.join(", ", sorted);
    }

    String defaultTitle(ExportRequest req, StatTable table, ResourceBundle t) {
        boolean es = req.spanish();
        Catalog cat = data.catalog();
        String base;
        FeatureRef ref = req.target();
        if (ref == null) {
            base = t.getString("title.overview");
        } else {
            base = switch (ref.kind()) {
                case ROUTE -> cat.route(ref.id()).map(r -> MessageFormat.format(t.getString("title.route"), es ? r.nameEs() : r.name())).orElse(ref.id());
                case HOTSPOT -> cat.hotspot(ref.id()).map(x -> MessageFormat.format(t.getString("title.hotspot"), es ? x.nameEs() : x.name())).orElse(ref.id());
                case DEPARTMENT -> data.departments().stream().filter(d -> d.iso().equalsIgnoreCase(ref.id())).findFirst()
                        .map(d -> MessageFormat.format(t.getString("title.department"), es ? d.name() : nonBlank(d.nameEn(), d.name()))).orElse(ref.id());
                case FLOW -> cat.flows().stream().filter(f -> f.id().equals(ref.id())).findFirst()
                        .map(f -> es ? nonBlank(f.nameEs(), f.name()) : f.name()).orElse(ref.id());
                case PLACE -> cat.place(ref.id()).map(p -> es ? nonBlank(p.nameEs(), p.name()) : p.name()).orElse(ref.id());
            };
        }
        if (table != null) return MessageFormat.format(t.getString("title.withTable"), base, es ? nonBlank(table.titleEs(), table.title()) : table.title());
        return base;
    }

    private static String nonBlank(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }

    private String subtitle(ExportRequest req, List<CitedFeature> cited, ResourceBundle t) {
        List<String> periods = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (CitedFeature c : cited) {
            periods.addAll(c.periods());
            for (String id : c.sourceIds()) data.catalog().source(id).ifPresent(s -> years.add(s.year()));
        }
        List<String> parts = new ArrayList<>();
        YearRange.of(periods, years).ifPresent(r -> parts.add(MessageFormat.format(t.getString("evidence.range"), r.toString())));
        if (req.period() != null) parts.add(MessageFormat.format(t.getString("period.filter"), req.period().toString()));
        return String.join(" · ", parts);
    }

    /** Features of the visible layers whose geometry meets {@code extent}, with their sources and periods. */
    List<CitedFeature> featuresIn(ExportRequest req, Envelope extent, StatTable table) {
        Catalog cat = data.catalog();
        List<CitedFeature> out = new ArrayList<>();
        if (req.layers().contains(ExportLayer.ROUTES)) {
            for (Route r : cat.routes()) {
                boolean in = r.segments().stream().anyMatch(s -> s.line() != null && extent.intersects(s.line().getEnvelopeInternal()));
                if (!in) continue;
                List<Citation> cs = new ArrayList<>(r.citations());
                r.segments().forEach(s -> cs.addAll(s.citations()));
                out.add(new CitedFeature(FeatureRef.route(r.id()), sourceIds(cs), List.of()));
            }
        }
        if (req.layers().contains(ExportLayer.HOTSPOTS)) {
            for (Hotspot hs : cat.hotspots()) {
                if (hs.point() == null || !extent.contains(hs.point().getCoordinate())) continue;
                List<Citation> cs = new ArrayList<>(hs.citations());
                List<String> periods = new ArrayList<>();
                for (Figure f : hs.figures()) {
                    if (f.citation() != null) cs.add(f.citation());
                    if (f.period() != null) periods.add(f.period());
                }
                out.add(new CitedFeature(FeatureRef.hotspot(hs.id()), sourceIds(cs), periods));
            }
        }
        if (req.layers().contains(ExportLayer.FLOWS)) {
            for (Flow f : cat.flows()) {
                Optional<FlowEnds> ends = FlowEnds.of(f, data);
                if (ends.isEmpty()) continue;
                FlowEnds e = ends.get();
                // a flow is in the frame when its Peruvian end is; the far end may be off the map
                if (!extent.contains(e.peruLon(), e.peruLat())) continue;
                out.add(new CitedFeature(FeatureRef.flow(f.id()), sourceIds(f.citations()),
                        f.period() == null ? List.of() : List.of(f.period())));
            }
        }
        if (table != null && req.layers().contains(ExportLayer.CHOROPLETH) && table.citation() != null) {
            out.add(new CitedFeature(FeatureRef.department(SourceLine.CHOROPLETH), List.of(table.citation().source()),
                    table.period() == null ? List.of() : List.of(table.period())));
        }
        return out;
    }

    private static List<String> sourceIds(List<Citation> cs) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Citation c : cs) if (c != null) ids.add(c.source());
        return List.copyOf(ids);
    }

    /**
     * Features with no evidence in the period filter (none when there is no filter), by the rule the
     * map and the side panel use ({@link pe.rutas.model.EvidencePeriod}): a feature is kept when any
     * of its sources' years or any of its periods meets the range, or when nothing dates it (a span
     * from its oldest to its newest evidence is not enough: 2006 and 2013 sources say nothing of 2010).
     */
    Set<FeatureRef> fadedBy(YearRange period, List<CitedFeature> features) {
        Set<FeatureRef> out = new HashSet<>();
        if (period == null) return out;
        pe.rutas.model.Period range = new pe.rutas.model.Period(period.from(), period.to());
        for (CitedFeature c : features) {
            boolean dated = false, in = false;
            for (String id : c.sourceIds()) {
                Integer y = data.catalog().source(id).map(s -> s.year()).orElse(null);
                if (y == null) continue;
                dated = true;
                in |= pe.rutas.model.EvidencePeriod.yearInRange(y, range);
            }
            for (String p : c.periods()) {
                if (pe.rutas.model.Period.parse(p).isEmpty()) continue;
                dated = true;
                in |= pe.rutas.model.EvidencePeriod.periodInRange(p, range);
            }
            if (dated && !in) out.add(c.ref());
        }
        return out;
    }

    /**
     * With a period filter, a feature that stays on the map credits only the sources dated inside
     * the period (sources with no known year are kept: their age cannot rule them out).
     */
    private CitedFeature inPeriod(CitedFeature c, YearRange period) {
        if (period == null) return c;
        List<String> keep = c.sourceIds().stream().filter(id -> data.catalog().source(id)
                .map(s -> s.year() == null || (s.year() >= period.from() && s.year() <= period.to())).orElse(true)).toList();
        // the evidence dates printed under the title then stay inside the period too
        pe.rutas.model.Period range = new pe.rutas.model.Period(period.from(), period.to());
        List<String> periods = c.periods().stream().filter(p -> pe.rutas.model.EvidencePeriod.periodInRange(p, range)).toList();
        return new CitedFeature(c.ref(), keep.isEmpty() ? c.sourceIds() : keep, periods);
    }

    /**
     * Legend rows of the visible layers; with {@code inFrame} non-null, only of what the frame shows
     * ({@code extent}, lon/lat, decides for the user's own layers).
     */
    List<LegendItem> legendItems(ExportRequest req, StatTable table, List<CitedFeature> inFrame, Envelope extent, ResourceBundle t) {
        boolean es = req.spanish();
        Catalog cat = data.catalog();
        Set<FeatureRef> shown = inFrame == null ? null : new HashSet<>();
        if (inFrame != null) inFrame.forEach(c -> shown.add(c.ref()));
        List<LegendItem> items = new ArrayList<>();
        if (table != null && req.layers().contains(ExportLayer.CHOROPLETH)) {
            StatTable prose = proseOf(table, req.locale());
            String head = (es ? nonBlank(table.titleEs(), table.title()) : table.title())
                    + (prose.period().isBlank() ? "" : ", " + prose.period());
            headings(items, head);
            if (!prose.base().isBlank()) {
                for (String line : TextWrap.wrap(MessageFormat.format(t.getString("legend.base"), prose.base()), 260,
                        s -> measure.width(s, Composition.LEGEND_SIZE, false))) items.add(LegendItem.note(line));
            }
            Choropleth ch = Choropleth.of(table, req.locale());
            for (Choropleth.ClassBreak b : ch.classes()) items.add(new LegendItem(b.label(), b.color(), LegendItem.Swatch.AREA));
            items.add(new LegendItem(t.getString("legend.nodata"), Choropleth.NO_DATA, LegendItem.Swatch.AREA));
        }
        if (req.layers().contains(ExportLayer.ROUTES)) {
            List<Route> routes = cat.routes().stream().filter(r -> shown == null || shown.contains(FeatureRef.route(r.id()))).toList();
            if (!routes.isEmpty()) {
                items.add(LegendItem.heading(t.getString("legend.routes")));
                for (Route r : routes) items.add(new LegendItem(es ? nonBlank(r.nameEs(), r.name()) : r.name(), ExportStyle.routeColor(r.id()), LegendItem.Swatch.LINE));
                items.add(new LegendItem(t.getString("legend.documented"), ExportStyle.KEY_GREY, LegendItem.Swatch.LINE));
                items.add(new LegendItem(t.getString("legend.schematic"), ExportStyle.KEY_GREY, LegendItem.Swatch.DASHED_LINE));
            }
        }
        if (req.layers().contains(ExportLayer.FLOWS)) {
            boolean any = cat.flows().stream().anyMatch(f -> shown == null || shown.contains(FeatureRef.flow(f.id())));
            if (any) {
                items.add(LegendItem.heading(t.getString("legend.flows")));
                items.add(new LegendItem(t.getString("legend.flow"), ExportStyle.FLOW, LegendItem.Swatch.ARROW));
            }
        }
        if (req.layers().contains(ExportLayer.HOTSPOTS)) {
            Map<String, Boolean> kinds = new LinkedHashMap<>();
            for (Hotspot hs : cat.hotspots()) if (shown == null || shown.contains(FeatureRef.hotspot(hs.id()))) kinds.put(ExportStyle.kindKey(hs.kind()), true);
            if (!kinds.isEmpty()) {
                items.add(LegendItem.heading(t.getString("legend.hotspots")));
                for (String k : kinds.keySet()) items.add(new LegendItem(ExportStyle.kindLabel(k, req.locale()), ExportStyle.HOTSPOT, ExportStyle.swatchOf(k)));
            }
        }
        userLayerItems(req, extent, items);
        return items;
    }

    /**
     * The table as the catalog in the export's language writes it (period, unit, base, locator);
     * {@code table} itself, from the English catalog, is what the map is classified and keyed by.
     */
    private StatTable proseOf(StatTable table, Locale locale) {
        return data.catalog(locale).table(table.id()).orElse(table);
    }

    /** The "Your layers" section, as on the interactive map: each visible layer's name, colour and geometry symbol. */
    private static void userLayerItems(ExportRequest req, Envelope extent, List<LegendItem> items) {
        List<LegendItem> rows = new ArrayList<>();
        for (ExportUserLayer l : req.visibleUserLayers()) {
            if (extent != null && !extent.intersects(l.bounds())) continue;
            pe.rutas.style.Symbol symbol = l.symbol();
            javafx.scene.paint.Color colour = javafx.scene.paint.Color.web(pe.rutas.style.UserLayerStyles.legendColour(l.style(), symbol));
            LegendItem.Swatch swatch = switch (symbol) {
                case LINE -> LegendItem.Swatch.LINE;
                // the map tints areas; a faint tint would be lost in a small swatch, so at least a third
                case AREA -> {
                    colour = colour.deriveColor(0, 1, 1, Math.max(1 / 3.0, l.style().fillOpacity()));
                    yield LegendItem.Swatch.AREA;
                }
                default -> LegendItem.Swatch.POINT;
            };
            rows.add(new LegendItem(l.name(), colour, swatch));
        }
        if (rows.isEmpty()) return;
        items.add(LegendItem.heading(pe.rutas.style.UserLayerStyles.legendTitle(req.locale())));
        items.addAll(rows);
    }

    /** Long headings become several heading rows of at most ~260 logical px. */
    private void headings(List<LegendItem> items, String text) {
        for (String line : TextWrap.wrap(text, 260, s -> measure.width(s, Composition.LEGEND_SIZE, false)))
            items.add(LegendItem.heading(line));
    }

    /** The geometry of a department by ISO code, or null. */
    public Geometry departmentGeometry(String iso) {
        return data.departments().stream().filter(d -> d.iso().equals(iso)).findFirst().map(Department::geometry).orElse(null);
    }
}
