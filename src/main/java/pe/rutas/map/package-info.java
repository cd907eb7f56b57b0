/**
 * The interactive map — the only package that imports Gluon Maps.
 *
 * <p>{@link pe.rutas.map.RutasMap} wraps a Gluon {@code MapView} with Rutas' layers, bottom to top:
 * choropleth, departments, routes, flows, places, hotspots, labels. Each layer projects its geometry
 * once per zoom band (the integer zoom) into Web Mercator pixels, simplified with JTS Douglas–Peucker,
 * and on pan or zoom only updates one transform and the positions of point symbols. Labels from all
 * layers are placed together by {@link pe.rutas.map.LabelPlacer} so they never collide.
 *
 * <p>The basemap comes from {@link pe.rutas.map.OfflineTileRetriever} (registered as Gluon's
 * {@code TileRetriever} service): tiles painted from the bundled boundaries by
 * {@link pe.rutas.map.BasemapPainter}, a small anti-aliased rasteriser that needs no JavaFX thread; the
 * optional OpenStreetMap basemap ({@link pe.rutas.map.OnlineTiles}) is off by default and falls back to
 * local tiles at once when the network fails.
 *
 * <p>Coordinates are lon/lat (JTS x = longitude, y = latitude) everywhere except the single call to
 * Gluon's {@code getMapPoint(lat, lon)}. Everything here runs on the FX thread except tile painting and
 * fetching, which run on the map's tile threads.
 */
package pe.rutas.map;
