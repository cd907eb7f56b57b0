package pe.rutas.export;

import java.util.List;
import java.util.Set;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.MapFrame;

/**
 * Everything the renderer draws, decided in advance and without a toolkit: texts, legend layout,
 * map frame (of the map area, logical pixels), scale bar and which features to emphasise or fade.
 *
 * @param request    the request this answers
 * @param layout     where each part goes (logical px)
 * @param frame      the map frame of {@code layout.map()} (logical px)
 * @param title      title as printed
 * @param subtitle   line under the title (evidence dates, period shown); may be ""
 * @param legend     legend rows, laid out
 * @param footer     footer lines, already wrapped
 * @param scaleBar   the scale bar, true at the map's centre latitude
 * @param highlight  the framed feature drawn emphasised, or null
 * @param faded      features outside the period filter, drawn faded
 * @param inFrame    the features in the frame with their sources (what the source line lists)
 * @param sourceLine the source line before wrapping
 */
public record Composition(ExportRequest request, ChromeLayout layout, MapFrame frame, String title, String subtitle,
                          LegendLayout.Result legend, List<String> footer, ScaleBar scaleBar, FeatureRef highlight,
                          Set<FeatureRef> faded, List<CitedFeature> inFrame, String sourceLine) {
    /** Type sizes and line heights in logical pixels. */
    public static final double TITLE_SIZE = 26, SUBTITLE_SIZE = 14, LEGEND_SIZE = 13, LEGEND_ROW = 21,
            FOOTER_SIZE = 12, FOOTER_LINE = 16;
}
