package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.rutas.io.BoundaryLoader;
import pe.rutas.model.Country;
import pe.rutas.model.Department;
import pe.rutas.model.MapFrame;
import pe.rutas.style.BasemapStyle;

/** Pixel checks of the offline basemap painted from the bundled boundaries. */
class BasemapPainterGeodataTest {
    private static BasemapPainter painter;
    private static final BasemapStyle STYLE = BasemapStyle.standard();

    @BeforeAll
    static void load() throws Exception {
        BoundaryLoader loader = new BoundaryLoader();
        List<Department> departments = loader.departments();
        List<Country> countries = loader.countries();
        painter = new BasemapPainter(departments, countries, STYLE, false);
    }

    private static int pixelAt(int zoom, double lon, double lat) {
        long tx = (long) Math.floor(MapFrame.worldX(lon, zoom) / 256);
        long ty = (long) Math.floor(MapFrame.worldY(lat, zoom) / 256);
        int[] tile = painter.paintTile(zoom, tx, ty);
        int px = (int) Math.floor(MapFrame.worldX(lon, zoom) - tx * 256);
        int py = (int) Math.floor(MapFrame.worldY(lat, zoom) - ty * 256);
        return tile[py * 256 + px];
    }

    @Test
    void peruIsLandAtSeveralZooms() {
        for (int z : new int[]{5, 7, 9}) {
            assertEquals(Raster.argbOf(STYLE.peru()), pixelAt(z, -75.21, -12.07), "Huancayo at zoom " + z);
            assertEquals(Raster.argbOf(STYLE.peru()), pixelAt(z, -73.25, -3.9), "near Iquitos at zoom " + z);
            assertEquals(Raster.argbOf(STYLE.peru()), pixelAt(z, -71.54, -16.4), "Arequipa at zoom " + z);
        }
    }

    @Test
    void pacificIsSea() {
        for (int z : new int[]{5, 7, 9}) {
            assertEquals(Raster.argbOf(STYLE.sea()), pixelAt(z, -79.5, -12), "off Lima at zoom " + z);
            assertEquals(Raster.argbOf(STYLE.sea()), pixelAt(z, -77, -16.5), "off Nazca at zoom " + z);
        }
    }

    @Test
    void neighboursAreNotPeru() {
        assertEquals(Raster.argbOf(STYLE.neighbour()), pixelAt(6, -68.5, -10.5), "Brazil (Acre)");
        assertEquals(Raster.argbOf(STYLE.neighbour()), pixelAt(6, -68.2, -16.5), "Bolivia near La Paz");
    }

    @Test
    void tilesFarFromPeruAreOutsideTheData() {
        int p = pixelAt(6, -40, -10);
        assertEquals(Raster.argbOf(STYLE.outside()), p);
        assertTrue(painter.dataExtent().contains(-75, -9));
    }
}
