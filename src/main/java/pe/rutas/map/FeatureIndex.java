package pe.rutas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.model.Catalog;
import pe.rutas.model.Department;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Place;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;

/** Lon/lat bounds of every selectable feature, computed once. Immutable after construction. */
final class FeatureIndex {
    private final Map<FeatureRef, Envelope> bounds = new HashMap<>();
    private final Map<FeatureRef, Envelope> anchors = new HashMap<>();
    private final List<FeatureRef> all = new ArrayList<>();
    private final Envelope extent = new Envelope();

    FeatureIndex(List<Department> departments, Catalog catalog) {
        for (Department d : departments) {
            put(FeatureRef.department(d.iso()), d.geometry().getEnvelopeInternal());
            extent.expandToInclude(d.geometry().getEnvelopeInternal());
        }
        for (Place p : catalog.places()) {
            if (p.point() != null) {
                put(FeatureRef.place(p.id()), p.point().getEnvelopeInternal());
            }
        }
        for (Hotspot h : catalog.hotspots()) {
            if (h.point() != null) {
                put(FeatureRef.hotspot(h.id()), h.point().getEnvelopeInternal());
            }
        }
        for (Route r : catalog.routes()) {
            Envelope e = new Envelope();
            for (RouteSegment s : r.segments()) {
                if (s.line() != null) {
                    e.expandToInclude(s.line().getEnvelopeInternal());
                }
            }
            for (String dest : r.destinations()) {
                catalog.place(dest).filter(p -> p.point() != null)
                        .ifPresent(p -> e.expandToInclude(p.point().getCoordinate()));
            }
            if (!e.isNull()) {
                put(FeatureRef.route(r.id()), e);
            }
        }
        for (Flow f : catalog.flows()) {
            double[] ends = FlowLayer.endpoints(f, catalog);
            if (ends != null) {
                Envelope e = new Envelope(ends[0], ends[0], ends[1], ends[1]);
                if (ends.length == 4) {
                    e.expandToInclude(ends[2], ends[3]);
                }
                put(FeatureRef.flow(f.id()), e);
                boolean foreignFrom = ends.length == 4 && (Flow.isCountryCode(f.from()) && !"PE".equals(f.from())
                        || Flow.isRegion(f.from()));
                double lon = foreignFrom ? ends[2] : ends[0];
                double lat = foreignFrom ? ends[3] : ends[1];
                Envelope anchor = new Envelope(lon, lon, lat, lat);
                anchor.expandBy(4);
                anchors.put(FeatureRef.flow(f.id()), anchor);
            }
        }
    }

    private void put(FeatureRef ref, Envelope e) {
        if (bounds.put(ref, new Envelope(e)) == null) {
            all.add(ref);
        }
    }

    Envelope boundsOf(FeatureRef ref) {
        Envelope e = bounds.get(ref);
        return e == null ? null : new Envelope(e);
    }

    /** Where to look at a feature: its Peruvian end (with room around) for flows, else its bounds. */
    Envelope anchorOf(FeatureRef ref) {
        Envelope e = anchors.get(ref);
        return e != null ? new Envelope(e) : boundsOf(ref);
    }

    List<FeatureRef> all() {
        return all;
    }

    /** The departments' extent (Peru), empty when there are none. */
    Envelope dataExtent() {
        return new Envelope(extent);
    }
}
