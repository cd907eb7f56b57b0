package pe.rutas.export;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.MapFrame;

/**
 * What to export. The constructor refuses a size or scale out of range with an
 * {@link ExportRequestException}, whose reason can be shown in English or Spanish.
 *
 * @param width        image width in device pixels (1 … {@link #MAX_SIDE})
 * @param height       image height in device pixels
 * @param scale        device pixels per logical pixel (HiDPI factor, 0.5 … 8); type and symbols are
 *                     sized in logical pixels, so a larger scale gives larger print at the same size
 * @param locale       language of the printed words and data labels (es or en)
 * @param title        the title, or null/blank for the default built from what is shown
 * @param target       the feature to frame automatically, or null
 * @param view         the current view to reproduce when {@code target} is null (its centre and zoom
 *                     are kept; the image size comes from this request), or null for all of Peru
 * @param statTableId  statistics table shading the departments, or null for none
 * @param layers       visible layers
 * @param onlineBasemap whether the on-screen basemap came from OpenStreetMap (attribution only;
 *                     the export always draws the offline basemap)
 * @param period       the period filter in force, or null when the map shows all evidence
 * @param exportDate   the date printed on the image
 * @param highlight    a feature to draw emphasised without framing it (e.g. the selection in the
 *                     current view), or null; a {@code target} is always emphasised
 * @param userLayers   the user's own layers, bottom first (hidden ones are carried but not drawn);
 *                     empty for none
 */
public record ExportRequest(int width, int height, double scale, Locale locale, String title, FeatureRef target,
                            MapFrame view, String statTableId, Set<ExportLayer> layers, boolean onlineBasemap,
                            YearRange period, LocalDate exportDate, FeatureRef highlight, List<ExportUserLayer> userLayers) {
    /**
     * Largest side accepted (A4 at 600 dpi is 7016 px). With {@link #MAX_PIXELS} this keeps the
     * software renderer's canvas and the PNG encoder within a few GiB; larger canvases fail inside
     * the toolkit.
     */
    public static final int MAX_SIDE = 8192;
    /** Largest image area accepted, in pixels (8192 × 6144). */
    public static final long MAX_PIXELS = 8192L * 6144;

    public ExportRequest {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
            throw new ExportRequestException(ExportMessages.of("request.size", MAX_SIDE, width, height));
        if ((long) width * height > MAX_PIXELS)
            throw new ExportRequestException(ExportMessages.of("request.pixels", width, height, MAX_PIXELS / 1_000_000));
        if (!(scale >= 0.5 && scale <= 8)) throw new ExportRequestException(ExportMessages.of("request.scale", scale));
        Objects.requireNonNull(locale, "locale");
        layers = layers == null || layers.isEmpty() ? EnumSet.noneOf(ExportLayer.class) : EnumSet.copyOf(layers);
        exportDate = exportDate == null ? LocalDate.now() : exportDate;
        userLayers = userLayers == null ? List.of() : List.copyOf(userLayers);
    }

    /** As the canonical constructor, without user layers. */
    public ExportRequest(int width, int height, double scale, Locale locale, String title, FeatureRef target, MapFrame view,
                         String statTableId, Set<ExportLayer> layers, boolean onlineBasemap, YearRange period,
                         LocalDate exportDate, FeatureRef highlight) {
        this(width, height, scale, locale, title, target, view, statTableId, layers, onlineBasemap, period, exportDate, highlight,
                List.of());
    }

    /** A request with defaults: all of Peru, default layers, automatic scale, today's date. */
    public static ExportRequest of(int width, int height, Locale locale) {
        return new ExportRequest(width, height, autoScale(width, height), locale, null, null, null, null,
                ExportLayer.defaults(), false, null, null, null, List.of());
    }

    /**
     * A scale factor that keeps type readable and the map large: 1 from about 1100×700 to
     * 1600×1000, growing with larger images in quarter steps (1920×1080 → 1, 3840×2160 → 2.25, A4 at
     * 300 dpi → 2.25) and shrinking to 0.5 for small ones so the chrome leaves room for the map.
     */
    public static double autoScale(int width, int height) {
        double s = Math.min(width / 1600.0, height / 1000.0);
        if (s < 1) s = Math.max(0.5, Math.min(1, Math.min(width / 1100.0, height / 700.0)));
        return Math.min(8, Math.round(s * 4) / 4.0);
    }

    public boolean spanish() {
        return "es".equals(locale.getLanguage());
    }

    public ExportRequest withTarget(FeatureRef t) {
        return new ExportRequest(width, height, scale, locale, title, t, view, statTableId, layers, onlineBasemap, period, exportDate, highlight, userLayers);
    }

    public ExportRequest withTitle(String t) {
        return new ExportRequest(width, height, scale, locale, t, target, view, statTableId, layers, onlineBasemap, period, exportDate, highlight, userLayers);
    }

    public ExportRequest withStatTable(String id) {
        return new ExportRequest(width, height, scale, locale, title, target, view, id, layers, onlineBasemap, period, exportDate, highlight, userLayers);
    }

    public ExportRequest withScale(double s) {
        return new ExportRequest(width, height, s, locale, title, target, view, statTableId, layers, onlineBasemap, period, exportDate, highlight, userLayers);
    }

    public ExportRequest withView(MapFrame v) {
        return new ExportRequest(width, height, scale, locale, title, target, v, statTableId, layers, onlineBasemap, period, exportDate, highlight, userLayers);
    }

    public ExportRequest withLayers(Set<ExportLayer> l) {
        return new ExportRequest(width, height, scale, locale, title, target, view, statTableId, l, onlineBasemap, period, exportDate, highlight, userLayers);
    }

    public ExportRequest withOnlineBasemap(boolean on) {
        return new ExportRequest(width, height, scale, locale, title, target, view, statTableId, layers, on, period, exportDate, highlight, userLayers);
    }

    public ExportRequest withPeriod(YearRange p) {
        return new ExportRequest(width, height, scale, locale, title, target, view, statTableId, layers, onlineBasemap, p, exportDate, highlight, userLayers);
    }

    public ExportRequest withHighlight(FeatureRef h) {
        return new ExportRequest(width, height, scale, locale, title, target, view, statTableId, layers, onlineBasemap, period, exportDate, h, userLayers);
    }

    /** The feature drawn emphasised: the framed one, else the highlight (may be null). */
    public FeatureRef emphasised() {
        return target != null ? target : highlight;
    }

    public ExportRequest withUserLayers(List<ExportUserLayer> u) {
        return new ExportRequest(width, height, scale, locale, title, target, view, statTableId, layers, onlineBasemap, period, exportDate, highlight, u);
    }

    /** The user layers to draw and name in the legend: the visible ones, bottom first. */
    public List<ExportUserLayer> visibleUserLayers() {
        return userLayers.stream().filter(ExportUserLayer::visible).toList();
    }

    public ExportRequest withExportDate(LocalDate d) {
        return new ExportRequest(width, height, scale, locale, title, target, view, statTableId, layers, onlineBasemap, period, d, highlight, userLayers);
    }
}
