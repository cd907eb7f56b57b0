package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pe.rutas.model.MapFrame;
import pe.rutas.style.BasemapStyle;

class BasemapPainterTest {
    private final BasemapStyle style = BasemapStyle.standard();
    private final BasemapPainter painter = new BasemapPainter(Fixtures.departments(), Fixtures.countries(), style);

    private static int at(int[] argb, MapFrame f, double lon, double lat) {
        int x = (int) Math.floor(f.x(lon));
        int y = (int) Math.floor(f.y(lat));
        assertTrue(x >= 0 && x < f.width() && y >= 0 && y < f.height(), "test point outside the frame");
        return argb[y * (int) f.width() + x];
    }

    @Test
    void paintsLandWherePeruIsAndSeaInThePacific() {
        MapFrame f = new MapFrame(-75, -9, 5, 400, 400);
        int[] px = painter.paint(f);
        assertEquals(400 * 400, px.length);
        assertEquals(Raster.argbOf(style.peru()), at(px, f, -75.3, -6.3), "inside Peru");
        assertEquals(Raster.argbOf(style.sea()), at(px, f, -80.2, -15), "Pacific, inside the data box");
        assertEquals(Raster.argbOf(style.neighbour()), at(px, f, -68, -8), "Brazil");
    }

    @Test
    void beyondTheDataBoxIsPaintedAsOutsideNotAsSea() {
        MapFrame f = new MapFrame(-75, -9, 4, 512, 512);
        int[] px = painter.paint(f);
        assertEquals(Raster.argbOf(style.outside()), at(px, f, -90, -9));
        assertEquals(Raster.argbOf(style.outside()), at(px, f, -75, 10));
    }

    @Test
    void departmentBorderIsDrawnBetweenDepartments() {
        MapFrame f = new MapFrame(-74, -10, 7, 256, 256);
        int[] px = painter.paint(f);
        int onBorder = at(px, f, -74, -10);
        assertNotEquals(Raster.argbOf(style.peru()), onBorder, "the 10°S line between the two departments");
        assertEquals(Raster.argbOf(style.peru()), at(px, f, -74, -9.3));
    }

    @Test
    void tilesMatchTheFramesTheyCover() {
        int z = 5;
        long x = (long) Math.floor(MapFrame.worldX(-75, z) / 256);
        long y = (long) Math.floor(MapFrame.worldY(-9, z) / 256);
        int[] tile = painter.paintTile(z, x, y);
        int ix = (int) Math.floor(MapFrame.worldX(-75.3, z) - x * 256);
        int iy = (int) Math.floor(MapFrame.worldY(-6.3, z) - y * 256);
        assertEquals(Raster.argbOf(style.peru()), tile[iy * 256 + ix]);
    }

    @Test
    void edgesAreAntiAliased() {
        // a vertical coast at -81° crossing a pixel's middle gives a colour between land and sea
        MapFrame f = new MapFrame(-81, -5, 8, 64, 64);
        double px = f.x(-81);
        double shift = px - Math.floor(px) - 0.5;
        MapFrame g = new MapFrame(f.lonAt(f.width() / 2 + shift), -5, 8, 64, 64);
        int[] out = painter.paint(g);
        int c = out[32 * 64 + (int) Math.floor(g.x(-81))];
        assertNotEquals(Raster.argbOf(style.sea()), c);
        assertNotEquals(Raster.argbOf(style.peru()), c);
    }

    @Test
    void emptyDataPaintsOnlySea() {
        BasemapPainter empty = new BasemapPainter(java.util.List.of(), java.util.List.of(), style);
        int[] px = empty.paint(new MapFrame(-75, -9, 5, 32, 32));
        for (int p : px) {
            assertEquals(Raster.argbOf(style.sea()), p);
        }
        assertTrue(empty.dataExtent().isNull());
    }
}
