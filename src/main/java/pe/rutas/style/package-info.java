/**
 * Plain style values and pure functions of features: route colours, hotspot symbols, choropleth
 * classification, basemap colours and the legend model, shared by the map and the export so both draw
 * the same thing. Palettes are checked for colour-vision deficiencies with
 * {@link pe.rutas.style.ColorVision}. No scene graph; thread-safe.
 */
package pe.rutas.style;
