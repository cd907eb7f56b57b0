package pe.rutas.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.EvidencePeriod;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Figure;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Period;
import pe.rutas.model.Place;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;
import pe.rutas.model.Source;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;

/**
 * What must not differ between the English-prose and the Spanish-prose catalog: everything but the
 * prose itself (compared by blanking the prose fields), the years every period names, the primary
 * sources behind every citation, and the period filter's answers.
 */
final class CatalogParity {
    private CatalogParity() {
    }

    /** Human-readable differences; empty when the two catalogs agree on everything but prose. */
    static List<String> differences(Catalog en, Catalog es) {
        List<String> out = new ArrayList<>();
        if (!withoutProse(en).equals(withoutProse(es))) {
            out.add("ids, names, numbers or geometry differ between the English and the Spanish catalog");
            return out;
        }
        comparePeriods(out, periods(en), periods(es));
        List<Citation> ce = en.allCitations();
        List<Citation> cs = es.allCitations();
        for (int i = 0; i < ce.size(); i++) {
            List<String> pe = ids(en.primariesBehind(ce.get(i)));
            List<String> ps = ids(es.primariesBehind(cs.get(i)));
            if (!pe.equals(ps)) {
                out.add("citation " + ce.get(i) + " leads to primaries " + pe + " in English but " + ps
                        + " in Spanish (" + cs.get(i) + ")");
            }
        }
        if (!EvidencePeriod.extent(en).equals(EvidencePeriod.extent(es))) {
            out.add("evidence extent " + EvidencePeriod.extent(en) + " vs " + EvidencePeriod.extent(es));
        }
        List<FeatureRef> refs = refs(en);
        Optional<Period> extent = EvidencePeriod.extent(en);
        if (extent.isPresent()) {
            for (int y = extent.get().from(); y <= extent.get().to(); y++) {
                Period range = Period.of(y);
                if (!EvidencePeriod.outOfRange(en, refs, range).equals(EvidencePeriod.outOfRange(es, refs, range))) {
                    out.add("the period filter hides different features for " + y);
                }
            }
        }
        return out;
    }

    /** Every period text of the catalog, in catalog order. */
    static List<String> periods(Catalog c) {
        List<String> out = new ArrayList<>();
        c.hotspots().forEach(h -> h.figures().forEach(f -> out.add(f.period())));
        c.statistics().forEach(t -> out.add(t.period()));
        c.flows().forEach(f -> out.add(f.period()));
        return out;
    }

    private static void comparePeriods(List<String> out, List<String> en, List<String> es) {
        for (int i = 0; i < en.size(); i++) {
            if (!Period.parse(en.get(i)).equals(Period.parse(es.get(i)))) {
                out.add("period \"" + en.get(i) + "\" names " + Period.parse(en.get(i)) + " but \"" + es.get(i)
                        + "\" names " + Period.parse(es.get(i)));
            }
        }
    }

    private static List<FeatureRef> refs(Catalog c) {
        List<FeatureRef> out = new ArrayList<>();
        c.routes().forEach(r -> out.add(FeatureRef.route(r.id())));
        c.hotspots().forEach(h -> out.add(FeatureRef.hotspot(h.id())));
        c.places().forEach(p -> out.add(FeatureRef.place(p.id())));
        c.flows().forEach(f -> out.add(FeatureRef.flow(f.id())));
        c.statistics().forEach(t -> t.departmentRows().forEach(r -> out.add(FeatureRef.department(r.key()))));
        return out;
    }

    private static List<String> ids(List<Source> sources) {
        return sources.stream().map(Source::id).toList();
    }

    /** The catalog with every prose field blanked: what both languages must share exactly. */
    static Catalog withoutProse(Catalog c) {
        return new Catalog(
                map(c.sources(), s -> new Source(s.id(), s.kind(), s.title(), s.author(), s.publisher(), s.date(),
                        s.year(), s.url(), "", map(s.citedBy(), CatalogParity::bare), "")),
                map(c.places(), p -> new Place(p.id(), p.name(), p.nameEs(), p.department(), p.point(),
                        map(p.citations(), CatalogParity::bare), "")),
                map(c.routes(), r -> new Route(r.id(), r.name(), r.nameEs(), r.nameSource(), r.destinations(),
                        r.origins(), map(r.segments(), s -> new RouteSegment(s.line(), s.basis(), s.from(), s.to(),
                        map(s.citations(), CatalogParity::bare), "")), map(r.citations(), CatalogParity::bare),
                        map(r.notes(), n -> ""))),
                map(c.hotspots(), h -> new Hotspot(h.id(), h.name(), h.nameEs(), h.department(), h.kind(),
                        h.exploitation(), h.point(), map(h.figures(), f -> new Figure(f.value(), f.label(), f.labelEs(),
                        "", "", bare(f.citation()), "")), map(h.citations(), CatalogParity::bare), map(h.notes(), n -> ""))),
                map(c.statistics(), t -> new StatTable(t.id(), t.title(), t.titleEs(), "", "", "", bare(t.citation()),
                        map(t.rows(), r -> new StatRow(r.key(), "", r.value(), r.percent(), "")), "", t.baseValue(),
                        t.mappable())),
                map(c.flows(), f -> new Flow(f.id(), f.from(), f.to(), f.direction(), f.exploitation(), "", f.name(),
                        f.nameEs(), map(f.citations(), CatalogParity::bare), "", f.geometry(), f.foreignName(),
                        f.foreignNameEs())));
    }

    private static Citation bare(Citation c) {
        return c == null ? null : new Citation(c.source(), "", "");
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        return items.stream().map(f).toList();
    }
}
