package pe.rutas.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import pe.rutas.model.BilingualCatalog;
import pe.rutas.model.Catalog;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Route;
import pe.rutas.model.Source;
import pe.rutas.style.BasemapStyle;
import pe.rutas.style.Classification;
import pe.rutas.style.HotspotStyle;
import pe.rutas.style.LegendEntry;
import pe.rutas.style.LegendModel;
import pe.rutas.style.LegendSection;
import pe.rutas.style.RoutePalette;
import pe.rutas.style.RouteStyle;
import pe.rutas.style.StyleText;
import pe.rutas.style.Symbol;

/**
 * Builds the legend of the visible layers, top layer first, in the map's language. Pure.
 * Layers are drawn from the English-prose catalog; units, periods, bases and locators shown in
 * the legend come from the same catalog with prose in the legend's language.
 */
final class LegendBuilder {
    private final Catalog catalog;
    private final Catalog prose;
    private final Locale locale;

    LegendBuilder(Catalog catalog, Locale locale) {
        this(BilingualCatalog.single(catalog), locale);
    }

    LegendBuilder(BilingualCatalog catalogs, Locale locale) {
        this.catalog = catalogs.english();
        this.prose = catalogs.in(locale);
        this.locale = locale;
    }

    LegendModel build(Map<LayerId, Boolean> visible, Classification classification, List<Hotspot> hotspots,
                      String sizeUnit) {
        List<LegendSection> sections = new ArrayList<>();
        if (visible.get(LayerId.HOTSPOTS) && !hotspots.isEmpty()) {
            Set<String> kinds = new LinkedHashSet<>();
            for (String k : HotspotStyle.KINDS) {
                if (hotspots.stream().anyMatch(h -> k.equalsIgnoreCase(h.kind() == null ? "" : h.kind().trim()))) {
                    kinds.add(k);
                }
            }
            if (hotspots.stream().anyMatch(h -> HotspotStyle.symbolOf(h.kind()) == Symbol.CIRCLE)) {
                kinds.add("other");
            }
            List<LegendEntry> es = new ArrayList<>();
            for (String k : kinds) {
                es.add(new LegendEntry(HotspotStyle.labelOf(k, locale), HotspotStyle.FILL, HotspotStyle.symbolOf(k)));
            }
            String caption = sizeUnit == null ? "" : StyleText.get("sizeBy", locale) + ": " + shownUnit(hotspots, sizeUnit);
            sections.add(new LegendSection(StyleText.get("hotspots", locale), caption, es));
        }
        if (visible.get(LayerId.PLACES) && !catalog.places().isEmpty()) {
            sections.add(new LegendSection(StyleText.get("places", locale), "",
                    List.of(new LegendEntry(StyleText.get("place", locale), Color.web("#333333"), Symbol.CIRCLE))));
        }
        if (visible.get(LayerId.FLOWS) && !catalog.flows().isEmpty()) {
            sections.add(new LegendSection(StyleText.get("flows", locale), "",
                    List.of(new LegendEntry(StyleText.get("flow", locale), RouteStyle.FLOW_COLOR, Symbol.ARROW))));
        }
        if (visible.get(LayerId.ROUTES) && !catalog.routes().isEmpty()) {
            List<LegendEntry> es = new ArrayList<>();
            for (Route r : catalog.routes()) {
                es.add(new LegendEntry(StyleText.pick(r.name(), r.nameEs(), locale), RoutePalette.colorOf(r.id()),
                        Symbol.LINE));
            }
            Color neutral = Color.web("#555555");
            es.add(new LegendEntry(StyleText.get("documented", locale), neutral, Symbol.LINE));
            es.add(new LegendEntry(StyleText.get("schematic", locale), neutral, Symbol.DASHED_LINE));
            es.add(new LegendEntry(StyleText.get("destination", locale), Color.WHITE, Symbol.CIRCLE));
            sections.add(new LegendSection(StyleText.get("routes", locale), "", es));
        }
        if (visible.get(LayerId.DEPARTMENTS)) {
            sections.add(new LegendSection(StyleText.get("departments", locale), "", List.of(new LegendEntry(
                    StyleText.get("department", locale), BasemapStyle.standard().departmentBorder(), Symbol.LINE))));
        }
        if (visible.get(LayerId.CHOROPLETH) && classification != null) {
            String source = classification.table().citation() == null ? ""
                    : catalog.source(classification.table().citation().source()).map(LegendBuilder::shortName)
                    .orElse(classification.table().citation().source());
            sections.add(classification.legendSection(locale, source,
                    prose.table(classification.table().id()).orElse(classification.table())));
        }
        return new LegendModel(sections);
    }

    /**
     * The size unit as the prose catalog writes it: {@code sizeUnit} is a lower-case English unit
     * key; the first figure reporting it gives the same figure's unit in the legend's language.
     */
    private String shownUnit(List<Hotspot> hotspots, String sizeUnit) {
        for (Hotspot h : hotspots) {
            for (int i = 0; i < h.figures().size(); i++) {
                if (h.figures().get(i).unit().trim().toLowerCase(Locale.ROOT).equals(sizeUnit)) {
                    int at = i;
                    return prose.hotspot(h.id()).filter(p -> p.figures().size() > at)
                            .map(p -> p.figures().get(at).unit().trim()).orElse(sizeUnit);
                }
            }
        }
        return sizeUnit;
    }

    /** "Publisher or author, year" when known, else the title. */
    static String shortName(Source s) {
        String who = !s.publisher().isBlank() ? s.publisher() : s.author();
        if (!who.isBlank() && s.year() != null) {
            return who + " (" + s.year() + ")";
        }
        return s.title().isBlank() ? s.id() : s.title();
    }
}
