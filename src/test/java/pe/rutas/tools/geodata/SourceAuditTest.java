package pe.rutas.tools.geodata;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class SourceAuditTest {
    private final GeometryFactory gf = new GeometryFactory();

    private static JsonObject props(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    /** Clockwise square around (lon, lat), as d3 writes exteriors. */
    private Geometry square(double lon, double lat) {
        return gf.createPolygon(new Coordinate[] {
            new Coordinate(lon - 1, lat - 1), new Coordinate(lon - 1, lat + 1), new Coordinate(lon + 1, lat + 1),
            new Coordinate(lon + 1, lat - 1), new Coordinate(lon - 1, lat - 1)});
    }

    @Test
    void findsWrongNameBlankIsoDuplicateHascMojibakeAndClockwiseRings() {
        List<JsonObject> ps = List.of(
                props("{\"adm1_code\":\"PER-573\",\"name\":\"Callao\",\"iso_3166_2\":\"PE-\",\"code_hasc\":\"PE.CL\","
                        + "\"gn_name\":\"Region de Puno\",\"woe_label\":\"Puno, PE, Peru\",\"latitude\":-15.2,\"longitude\":-70.0,\"check_me\":0}"),
                props("{\"adm1_code\":\"PER-590\",\"name\":\"Junín\",\"iso_3166_2\":\"PE-JUN\",\"code_hasc\":\"PE.CL\","
                        + "\"gn_name\":\"Region de Junin\",\"woe_label\":\"JunÃ\u00adn, PE, Peru\",\"latitude\":-20.0,\"longitude\":-75.0}"));
        SourceAudit audit = new SourceAudit();
        audit.audit(ps, List.of(square(-70, -15), square(-75, -11)), gf);
        List<String> f = audit.findings();
        assertTrue(f.contains("PER-573 \"Callao\": name does not match gn_name \"Region de Puno\""), f.toString());
        assertTrue(f.contains("PER-573 \"Callao\": name does not match woe_label \"Puno, PE, Peru\""), f.toString());
        assertTrue(f.contains("1 of 2 features have iso_3166_2 left blank (\"PE-\")"), f.toString());
        assertTrue(f.contains("code_hasc \"PE.CL\" is shared by PER-573 \"Callao\" and PER-590 \"Junín\""), f.toString());
        assertTrue(f.stream().anyMatch(s -> s.contains("meant \"Junín, PE, Peru\"")), f.toString());
        assertTrue(f.contains("PER-590 \"Junín\": label point latitude/longitude lies outside its polygon"), f.toString());
        assertTrue(f.contains("2 of 2 exterior rings are clockwise (RFC 7946 wants counter-clockwise)"), f.toString());
        assertFalse(f.stream().anyMatch(s -> s.startsWith("PER-590 \"Junín\": name does not match")), "accents are not a mismatch");
    }

    @Test
    void foldsAccentsAndStripsTheUnitType() {
        assertEquals("huanuco", SourceAudit.fold(SourceAudit.stem("Region de Huánuco")));
        assertEquals("moquegua", SourceAudit.fold(SourceAudit.stem("Departamento de Moquegua")));
        assertEquals("Apurímac, PE, Peru", SourceAudit.mojibake("ApurÃ\u00admac, PE, Peru"));
        assertEquals("Ãlvaro", SourceAudit.mojibake("Ãlvaro"), "left alone when it does not decode");
    }
}
