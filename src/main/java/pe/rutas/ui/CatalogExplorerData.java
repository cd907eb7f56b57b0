package pe.rutas.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import pe.rutas.model.BilingualCatalog;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.Department;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Figure;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Place;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;
import pe.rutas.model.Source;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;

/**
 * {@link ExplorerData} over the loaded departments and catalog: resolves citations to their
 * sources (title, date, URL, the primary sources behind them), picks English or Spanish labels
 * by the current {@link I18n} locale, and indexes which features cite which source.
 * Data prose (notes, locators, units, bases, periods, row labels, url notes) comes from the
 * catalog of the current language ({@link BilingualCatalog}), chosen on every call, so a live
 * language switch shows cards and sources in the new language; the cited-by index is built once
 * from the English catalog and keyed by source id only.
 * Immutable after construction; reads the locale on every call. Any thread, but the I18n
 * locale should only change on the FX thread.
 */
public final class CatalogExplorerData implements ExplorerData {
    private final List<Department> departments;
    private final BilingualCatalog catalogs;
    private final I18n i18n;
    private final Map<String, Department> byIso = new LinkedHashMap<>();
    /** Source id → features citing it, in map order (departments, routes, hotspots, places, flows). */
    private final Map<String, Set<FeatureRef>> citers = new LinkedHashMap<>();

    /** Over a catalog with one prose language. */
    public CatalogExplorerData(List<Department> departments, Catalog catalog, I18n i18n) {
        this(departments, BilingualCatalog.single(catalog), i18n);
    }

    public CatalogExplorerData(List<Department> departments, BilingualCatalog catalogs, I18n i18n) {
        this.departments = List.copyOf(departments);
        this.catalogs = catalogs;
        this.i18n = i18n;
        departments.forEach(d -> byIso.put(d.iso(), d));
        indexCiters();
    }

    /** The catalog with prose in the current language (both share ids, names and numbers). */
    private Catalog catalog() {
        return catalogs.in(i18n.spanish());
    }

    private void indexCiters() {
        Catalog catalog = catalogs.english();
        for (Department d : departments) {
            tablesFor(d.iso()).forEach(t -> cite(t.citation(), FeatureRef.department(d.iso())));
        }
        catalog.routes().forEach(r -> Catalog.citationsOf(r).forEach(c -> cite(c, FeatureRef.route(r.id()))));
        catalog.hotspots().forEach(h -> Catalog.citationsOf(h).forEach(c -> cite(c, FeatureRef.hotspot(h.id()))));
        catalog.places().forEach(p -> p.citations().forEach(c -> cite(c, FeatureRef.place(p.id()))));
        catalog.flows().forEach(f -> f.citations().forEach(c -> cite(c, FeatureRef.flow(f.id()))));
    }

    private void cite(Citation c, FeatureRef ref) {
        if (c != null) citers.computeIfAbsent(c.source(), k -> new LinkedHashSet<>()).add(ref);
    }

    // ---- names and search ----

    @Override
    public List<SearchEntry> searchEntries() {
        List<SearchEntry> out = new ArrayList<>();
        departments.forEach(d -> out.add(new SearchEntry(FeatureRef.department(d.iso()), d.nameEn(), d.name())));
        catalog().routes().forEach(r -> out.add(new SearchEntry(FeatureRef.route(r.id()), r.name(), r.nameEs())));
        catalog().hotspots().forEach(h -> out.add(new SearchEntry(FeatureRef.hotspot(h.id()), h.name(), h.nameEs())));
        catalog().places().forEach(p -> out.add(new SearchEntry(FeatureRef.place(p.id()), p.name(), p.nameEs())));
        catalog().flows().forEach(f -> out.add(new SearchEntry(FeatureRef.flow(f.id()), f.name(), f.nameEs())));
        return out;
    }

    @Override
    public String name(FeatureRef ref) {
        Optional<String> name = switch (ref.kind()) {
            case DEPARTMENT -> Optional.ofNullable(byIso.get(ref.id())).map(d -> i18n.pick(d.nameEn(), d.name()));
            case ROUTE -> catalog().route(ref.id()).map(r -> i18n.pick(r.name(), r.nameEs()));
            case HOTSPOT -> catalog().hotspot(ref.id()).map(h -> i18n.pick(h.name(), h.nameEs()));
            case PLACE -> catalog().place(ref.id()).map(p -> i18n.pick(p.name(), p.nameEs()));
            case FLOW -> catalog().flow(ref.id()).map(f -> i18n.pick(f.name(), f.nameEs()));
        };
        return name.orElse(ref.id());
    }

    /** Name of a route or flow end: a place, department or country code; the raw key if unknown. */
    private String endpointName(String key, String foreignEn, String foreignEs) {
        if (key == null || key.isBlank()) return "";
        Optional<Place> place = catalog().place(key);
        if (place.isPresent()) return i18n.pick(place.get().name(), place.get().nameEs());
        if (byIso.containsKey(key)) return name(FeatureRef.department(key));
        String foreign = i18n.pick(foreignEn, foreignEs);
        if (!foreign.isBlank()) return foreign;
        if (Flow.isCountryCode(key)) {
            java.util.Locale country = new java.util.Locale("", key);
            String n = country.getDisplayCountry(i18n.locale());
            return n.isBlank() ? key : n;
        }
        return key;
    }

    // ---- cards ----

    @Override
    public Optional<DetailCard> card(FeatureRef ref) {
        return switch (ref.kind()) {
            case DEPARTMENT -> Optional.ofNullable(byIso.get(ref.id())).map(this::departmentCard);
            case ROUTE -> catalog().route(ref.id()).map(this::routeCard);
            case HOTSPOT -> catalog().hotspot(ref.id()).map(this::hotspotCard);
            case PLACE -> catalog().place(ref.id()).map(this::placeCard);
            case FLOW -> catalog().flow(ref.id()).map(this::flowCard);
        };
    }

    private DetailCard departmentCard(Department d) {
        FeatureRef ref = FeatureRef.department(d.iso());
        List<DetailCard.Fact> facts = new ArrayList<>();
        if (!d.capitalName().isBlank()) facts.add(fact("card.capital", d.capitalName()));
        facts.add(fact("card.iso", d.iso()));
        addIfAny(facts, "card.hotspotsHere", catalog().hotspots().stream()
                .filter(h -> d.iso().equals(h.department())).map(h -> i18n.pick(h.name(), h.nameEs())));
        addIfAny(facts, "card.placesHere", catalog().places().stream()
                .filter(p -> d.iso().equals(p.department())).map(p -> i18n.pick(p.name(), p.nameEs())));
        List<DetailCard.Figure> figures = new ArrayList<>();
        List<CardCitation> citations = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (StatTable t : tablesFor(d.iso())) {
            for (StatRow row : t.departmentRows()) {
                if (!row.key().equals(d.iso())) continue;
                figures.add(new DetailCard.Figure(i18n.pick(t.title(), t.titleEs()), rowValue(row, t), t.period(),
                        provenance(t.citation()), join(" ", row.note(), t.base().isBlank() ? "" : i18n.get("card.base", t.base())),
                        yearOf(t.citation())));
            }
            if (t.citation() != null && seen.add(key(t.citation()) + "|" + t.period())) {
                citations.add(resolve(t.citation(), t.period()));
            }
        }
        return new DetailCard(ref, i18n.pick(d.nameEn(), d.name()), other(d.nameEn(), d.name()),
                i18n.get("kind.department"), facts, figures, citations, List.of(), List.of());
    }

    private DetailCard routeCard(Route r) {
        List<DetailCard.Fact> facts = new ArrayList<>();
        if (!r.nameSource().isBlank()) facts.add(fact("card.nameInSource", "\u201c" + r.nameSource() + "\u201d"));
        addIfAny(facts, "card.origins", r.origins().stream().map(o -> endpointName(o, "", "")));
        addIfAny(facts, "card.destinations", r.destinations().stream().map(o -> endpointName(o, "", "")));
        List<DetailCard.Segment> segments = new ArrayList<>();
        for (RouteSegment s : r.segments()) {
            segments.add(new DetailCard.Segment(endpointName(s.from(), "", ""), endpointName(s.to(), "", ""),
                    s.documented(), s.note()));
        }
        List<CardCitation> citations = distinct(Catalog.citationsOf(r)).stream().map(c -> resolve(c, "")).toList();
        return new DetailCard(FeatureRef.route(r.id()), i18n.pick(r.name(), r.nameEs()), other(r.name(), r.nameEs()),
                i18n.get("kind.route"), facts, List.of(), citations, segments, r.notes());
    }

    private DetailCard hotspotCard(Hotspot h) {
        List<DetailCard.Fact> facts = new ArrayList<>();
        if (!h.department().isBlank()) facts.add(fact("card.department", endpointName(h.department(), "", "")));
        if (!h.exploitation().isBlank()) facts.add(fact("card.exploitation", term("exploitation", h.exploitation())));
        List<DetailCard.Figure> figures = h.figures().stream()
                .map(f -> new DetailCard.Figure(i18n.pick(f.label(), f.labelEs()), value(f.value(), f.unit()), f.period(),
                        provenance(f.citation()), f.note(), yearOf(f.citation())))
                .toList();
        List<Citation> all = distinct(Catalog.citationsOf(h));
        List<CardCitation> citations = all.stream().map(c -> resolve(c, periodsCiting(h.figures(), c))).toList();
        String kind = i18n.get("kind.hotspot") + (h.kind().isBlank() ? "" : " \u00b7 " + term("hotspotKind", h.kind()));
        return new DetailCard(FeatureRef.hotspot(h.id()), i18n.pick(h.name(), h.nameEs()), other(h.name(), h.nameEs()),
                kind, facts, figures, citations, List.of(), h.notes());
    }

    private DetailCard placeCard(Place p) {
        List<DetailCard.Fact> facts = new ArrayList<>();
        if (!p.department().isBlank()) facts.add(fact("card.department", endpointName(p.department(), "", "")));
        addIfAny(facts, "card.routesHere", catalog().routes().stream()
                .filter(r -> touches(r, p.id())).map(r -> i18n.pick(r.name(), r.nameEs())));
        List<CardCitation> citations = distinct(p.citations()).stream().map(c -> resolve(c, "")).toList();
        return new DetailCard(FeatureRef.place(p.id()), i18n.pick(p.name(), p.nameEs()), other(p.name(), p.nameEs()),
                i18n.get("kind.place"), facts, List.of(), citations, List.of(),
                p.note().isBlank() ? List.of() : List.of(p.note()));
    }

    private DetailCard flowCard(Flow f) {
        List<DetailCard.Fact> facts = new ArrayList<>();
        boolean outbound = !"inbound".equals(f.direction());
        facts.add(fact("card.from", endpointName(f.from(), outbound ? "" : f.foreignName(), outbound ? "" : f.foreignNameEs())));
        facts.add(fact("card.to", endpointName(f.to(), outbound ? f.foreignName() : "", outbound ? f.foreignNameEs() : "")));
        if (!f.direction().isBlank()) facts.add(fact("card.direction", term("direction", f.direction())));
        if (!f.exploitation().isBlank()) facts.add(fact("card.exploitation", term("exploitation", f.exploitation())));
        if (!f.period().isBlank()) facts.add(fact("card.period", f.period()));
        List<CardCitation> citations = distinct(f.citations()).stream().map(c -> resolve(c, f.period())).toList();
        return new DetailCard(FeatureRef.flow(f.id()), i18n.pick(f.name(), f.nameEs()), other(f.name(), f.nameEs()),
                i18n.get("kind.flow"), facts, List.of(), citations, List.of(),
                f.note().isBlank() ? List.of() : List.of(f.note()));
    }

    // ---- citations ----

    /** A citation with its source resolved; an unknown source shows its id and no date. */
    CardCitation resolve(Citation c, String period) {
        Optional<Source> source = catalog().source(c.source());
        String title = source.map(Source::title).filter(t -> !t.isBlank()).orElse(c.source());
        List<CardCitation.Link> chain = catalog().primariesBehind(c).stream()
                .map(p -> new CardCitation.Link(p.title() + (sourceDate(p).isBlank() ? "" : " (" + sourceDate(p) + ")"),
                        p.url(), p.urlNote()))
                .toList();
        return new CardCitation(c.source(), title, c.locator(), c.note(), source.map(this::sourceDate).orElse(""),
                source.map(Source::year).map(String::valueOf).orElse(""), period, source.map(Source::url).orElse(""), source.map(Source::urlNote).orElse(""), chain);
    }

    /** The year of a citation's source as text; "" when unknown. */
    private String yearOf(Citation c) {
        Integer y = pe.rutas.model.EvidencePeriod.yearOf(catalog(), c);
        return y == null ? "" : y.toString();
    }

    /** The date the text shows, else its year; "" when neither is known. */
    private String sourceDate(Source s) {
        if (!s.date().isBlank()) return s.date();
        return s.year() == null ? "" : s.year().toString();
    }

    /** The periods of the figures that cite the same source as {@code c}, joined. */
    private static String periodsCiting(List<Figure> figures, Citation c) {
        return figures.stream()
                .filter(f -> f.citation() != null && f.citation().source().equals(c.source()) && !f.period().isBlank())
                .map(Figure::period).distinct().collect(Collectors.joining(", "));
    }

    private String provenance(Citation c) {
        if (c == null) return "";
        String title = catalog().source(c.source()).map(Source::title).filter(t -> !t.isBlank()).orElse(c.source());
        return c.locator().isBlank() ? title : title + ", " + c.locator();
    }

    private static List<Citation> distinct(List<Citation> citations) {
        Map<String, Citation> out = new LinkedHashMap<>();
        citations.stream().filter(java.util.Objects::nonNull).forEach(c -> out.putIfAbsent(key(c), c));
        return List.copyOf(out.values());
    }

    private static String key(Citation c) {
        return c.source() + "\u0000" + c.locator() + "\u0000" + c.note();
    }

    // ---- sources and tables ----

    @Override
    public List<SourceItem> sources() {
        List<Source> ordered = Stream.concat(
                catalog().sources().stream().filter(Source::isSeed),
                catalog().sources().stream().filter(s -> !s.isSeed())).toList();
        List<SourceItem> out = new ArrayList<>();
        for (Source s : ordered) {
            List<SourceItem.Citer> cs = citers.getOrDefault(s.id(), Set.of()).stream()
                    .map(ref -> new SourceItem.Citer(ref, name(ref))).toList();
            List<String> citedIn = s.citedBy().stream().map(c -> provenance(c)).distinct().toList();
            String detail = join(" \u00b7 ", s.author(), s.publisher(), sourceDate(s));
            out.add(new SourceItem(s.id(), s.title().isBlank() ? s.id() : s.title(),
                    i18n.get(s.isSeed() ? "source.kind.seed" : "source.kind.primary"), detail, s.url(), s.urlNote(), cs, citedIn));
        }
        return out;
    }

    @Override
    public List<TableChoice> tables() {
        return catalog().statistics().stream()
                .filter(t -> t.byDepartment() && t.mappable())
                .map(t -> new TableChoice(t.id(), i18n.pick(t.title(), t.titleEs()), t.period(), provenance(t.citation())))
                .toList();
    }

    @Override
    public Optional<pe.rutas.model.Period> evidenceExtent() {
        return pe.rutas.model.EvidencePeriod.extent(catalog());
    }

    private List<StatTable> tablesFor(String iso) {
        return catalog().statistics().stream()
                .filter(t -> t.departmentRows().stream().anyMatch(r -> r.key().equals(iso)))
                .toList();
    }

    // ---- small helpers ----

    private String rowValue(StatRow row, StatTable t) {
        List<String> parts = new ArrayList<>();
        if (row.value() != null) parts.add(value(row.value(), t.unit()));
        if (row.percent() != null) parts.add(number(row.percent()) + " %");
        return parts.isEmpty() ? i18n.get("card.notPrinted") : String.join(" \u00b7 ", parts);
    }

    private String value(double v, String unit) {
        String n = number(v);
        if (unit == null || unit.isBlank()) return n;
        return unit.equals("%") ? n + " %" : n + " " + unit;
    }

    private String number(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    /** A data term such as exploitation "labour" in the UI language; the raw term if not in the bundle. */
    private String term(String group, String value) {
        String key = group + "." + value.toLowerCase(java.util.Locale.ROOT);
        String text = i18n.get(key);
        return text.startsWith("!") ? value : text;
    }

    private DetailCard.Fact fact(String key, String value) {
        return new DetailCard.Fact(i18n.get(key), value);
    }

    private void addIfAny(List<DetailCard.Fact> facts, String key, Stream<String> names) {
        String list = names.filter(n -> !n.isBlank()).distinct().collect(Collectors.joining(", "));
        if (!list.isEmpty()) facts.add(fact(key, list));
    }

    private String other(String en, String es) {
        String shown = i18n.pick(en, es);
        String other = i18n.spanish() ? en : es;
        return other == null || other.isBlank() || TextFold.fold(other).equals(TextFold.fold(shown)) ? "" : other;
    }

    private static boolean touches(Route r, String placeId) {
        return r.origins().contains(placeId) || r.destinations().contains(placeId)
                || r.segments().stream().anyMatch(s -> placeId.equals(s.from()) || placeId.equals(s.to()));
    }

    private static String join(String sep, String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(sep));
    }

}
