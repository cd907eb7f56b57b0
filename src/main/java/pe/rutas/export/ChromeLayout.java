package pe.rutas.export;

import org.locationtech.jts.geom.Envelope;
import pe.rutas.model.MapFrame;

/**
 * Where the parts of an exported image go, in logical pixels (image pixels ÷ scale factor):
 * a title band on top, a footer band at the bottom (source line, evidence dates, attribution,
 * export date), the map between them, a legend box on the right of the map, the north arrow at
 * the map's top-left and the scale bar at its bottom-left. The map runs under the legend, but a
 * framed feature is fitted into the part of the map the legend leaves free. Pure arithmetic.
 *
 * @param page   the whole composition
 * @param title  title band
 * @param map    map area
 * @param legend legend box (inside {@code map}); zero width when there is no legend
 * @param free   the part of {@code map} not covered by legend or north arrow, where framed features go
 * @param north  north arrow box
 * @param scale  scale bar box (bar plus its label)
 * @param footer footer band
 */
public record ChromeLayout(Rect page, Rect title, Rect map, Rect legend, Rect free, Rect north, Rect scale, Rect footer) {
    /** Smallest share of the map width kept free of the legend before the legend may cover features. */
    public static final double MIN_FREE_SHARE = 0.35;
    public static final double MARGIN = 16, LEGEND_PAD = 12, SCALE_W = 220, SCALE_H = 34, NORTH = 44;

    /**
     * @param width        composition width (logical px)
     * @param height       composition height (logical px)
     * @param titleHeight  height of the title text block
     * @param footerHeight height of the footer text block
     * @param legendWidth  width of the laid-out legend content (0 for none)
     * @param legendHeight height of the laid-out legend content
     */
    public static ChromeLayout of(double width, double height, double titleHeight, double footerHeight,
                                  double legendWidth, double legendHeight) {
        Rect page = new Rect(0, 0, width, height);
        Rect title = new Rect(0, 0, width, titleHeight + 2 * MARGIN * 0.75);
        Rect footer = new Rect(0, height - footerHeight - 2 * MARGIN * 0.6, width, footerHeight + 2 * MARGIN * 0.6);
        Rect map = new Rect(0, title.maxY(), width, Math.max(1, footer.y() - title.maxY()));
        Rect legend = legendWidth <= 0 ? new Rect(map.maxX() - MARGIN, map.y() + MARGIN, 0, 0)
                : new Rect(map.maxX() - MARGIN - legendWidth - 2 * LEGEND_PAD, map.y() + MARGIN,
                           legendWidth + 2 * LEGEND_PAD, Math.min(legendHeight + 2 * LEGEND_PAD, map.height() - 2 * MARGIN));
        Rect north = new Rect(map.x() + MARGIN, map.y() + MARGIN, NORTH * 0.7, NORTH);
        Rect scale = new Rect(map.x() + MARGIN, map.maxY() - MARGIN - SCALE_H, SCALE_W, SCALE_H);
        double freeX = north.maxX() + MARGIN;
        double freeMaxX = legendWidth <= 0 ? map.maxX() - MARGIN : legend.x() - MARGIN;
        // on narrow pages the legend would squeeze the map to a strip: let features run under it
        if (freeMaxX - freeX < MIN_FREE_SHARE * map.width()) freeMaxX = map.maxX() - MARGIN;
        Rect free = new Rect(freeX, map.y() + MARGIN, Math.max(1, freeMaxX - freeX), Math.max(1, map.height() - 2 * MARGIN));
        return new ChromeLayout(page, title, map, legend, free, north, scale, footer);
    }

    /**
     * A frame of the map area's size that shows {@code box} (lon/lat) as large as possible inside
     * {@link #free()} with {@code padding} logical px around it, capped at {@code maxZoom}.
     */
    public MapFrame fit(Envelope box, double padding, double maxZoom) {
        return fitInto(box, map, free, padding, maxZoom);
    }

    /**
     * A frame of {@code map}'s size whose view shows {@code box} (lon/lat) as large as possible
     * inside {@code free} (a part of {@code map}, same coordinates) with {@code padding} px around it.
     */
    public static MapFrame fitInto(Envelope box, Rect map, Rect free, double padding, double maxZoom) {
        MapFrame inFree = MapFrame.fit(box, free.width(), free.height(), padding, maxZoom);
        // same zoom, but centred so that the box's centre lands on the free area's centre
        double dx = free.centerX() - map.centerX();
        double dy = free.centerY() - map.centerY();
        double cx = MapFrame.worldX(inFree.centerLon(), inFree.zoom()) - dx;
        double cy = MapFrame.worldY(inFree.centerLat(), inFree.zoom()) - dy;
        return new MapFrame(MapFrame.lonOfWorldX(cx, inFree.zoom()), MapFrame.latOfWorldY(cy, inFree.zoom()),
                inFree.zoom(), map.width(), map.height());
    }
}
