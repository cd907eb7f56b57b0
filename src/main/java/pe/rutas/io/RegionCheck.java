package pe.rutas.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.model.GeoFeature;

/**
 * Warns about features that fall outside the map's region, and says when they would fall
 * inside it with longitude and latitude exchanged (a file written as [lat, lon]). Such features
 * still load: a destination abroad can be legitimate. Envelopes are lon/lat degrees
 * (x = longitude). Immutable and thread-safe.
 */
public final class RegionCheck {
    /** Peru (about lon -81.4 to -68.6, lat -18.4 to 0.0) plus about two degrees on every side. */
    public static final Envelope PERU_REGION = new Envelope(-83.5, -66.5, -20.5, 2.0);

    private final Envelope region;

    public RegionCheck(Envelope region) {
        this.region = new Envelope(region);
    }

    public static RegionCheck peru() {
        return new RegionCheck(PERU_REGION);
    }

    public Envelope region() {
        return new Envelope(region);
    }

    /** Warnings for the loaded features of {@code collection}, in feature order. */
    public List<LoadProblem> check(FeatureCollection collection) {
        List<LoadProblem> out = new ArrayList<>();
        int swapped = 0;
        for (GeoFeature f : collection.features()) {
            Envelope e = f.geometry().getEnvelopeInternal();
            if (region.intersects(e)) {
                continue;
            }
            Envelope flipped = new Envelope(e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX());
            String where = describe(e);
            Message message;
            if (region.intersects(flipped)) {
                swapped++;
                message = Message.of("region.swapped", where);
            } else {
                message = Message.of("region.outside", where);
            }
            out.add(new LoadProblem(collection.file(), f.index(), collection.line(f.index()),
                    LoadProblem.Severity.WARNING, message));
        }
        if (swapped > 1 && swapped == collection.features().size()) {
            out.add(0, LoadProblem.warning(collection.file(), -1, Message.of("region.allSwapped", swapped)));
        }
        return out;
    }

    private static String describe(Envelope e) {
        if (e.getWidth() == 0 && e.getHeight() == 0) {
            return String.format(Locale.ROOT, "lon %.4f, lat %.4f", e.getMinX(), e.getMinY());
        }
        return String.format(Locale.ROOT, "lon %.4f to %.4f, lat %.4f to %.4f", e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
    }
}
