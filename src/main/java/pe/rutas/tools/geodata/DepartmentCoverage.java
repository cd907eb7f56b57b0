package pe.rutas.tools.geodata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Turns a set of neighbouring polygons that almost tile a region (slivers of gap and overlap
 * along shared borders) into an exact polygonal coverage on a fixed grid.
 *
 * <p>All borders are snap-rounded together to the grid of {@code precision} (so a border shared
 * by two units becomes one line), the linework is polygonized into faces, and each face goes to
 * the unit that contains its interior point. A face inside no unit (a gap) or inside several (an
 * overlap) goes to the unit with which it shares the longest border. Gaps larger than
 * {@link #MAX_GAP_AREA} are not filled: they would be real holes, and are reported instead.
 * Deterministic: the same input in the same order gives the same output.
 */
final class DepartmentCoverage {
    /** Largest gap face (square degrees, about 1.2 km² at Peru's latitudes) treated as a sliver. */
    static final double MAX_GAP_AREA = 1e-4;

    /** What the cleaning found and did; areas in square degrees, widths in degrees. */
    record Stats(int faces, int gapFaces, double gapArea, int overlapFaces, double overlapArea,
                 double widestSliver, int unfilledHoles) {
    }

    record Result(List<Geometry> units, Stats stats) {
    }

    /** Slivers between the unrounded sources: holes of their union and pairwise overlaps. */
    record SourceSlivers(int gaps, double gapArea, double widestGap, int overlaps, double overlapArea, double widestOverlap) {
    }

    static SourceSlivers measureSources(List<Geometry> sources, GeometryFactory factory) {
        Geometry union = OverlayNGRobust.union(factory.buildGeometry(sources));
        int gaps = 0;
        double gapArea = 0, widestGap = 0;
        for (int i = 0; i < union.getNumGeometries(); i++) {
            Polygon p = (Polygon) union.getGeometryN(i);
            for (int k = 0; k < p.getNumInteriorRing(); k++) {
                Polygon hole = factory.createPolygon(p.getInteriorRingN(k).getCoordinates());
                gaps++;
                gapArea += hole.getArea();
                widestGap = Math.max(widestGap, sliverWidth(hole));
            }
        }
        int overlaps = 0;
        double overlapArea = 0, widestOverlap = 0;
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                Geometry a = sources.get(i), b = sources.get(j);
                if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) continue;
                Geometry x = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
                for (int k = 0; k < x.getNumGeometries(); k++) {
                    if (x.getGeometryN(k) instanceof Polygon part && part.getArea() > 0) {
                        overlaps++;
                        overlapArea += part.getArea();
                        widestOverlap = Math.max(widestOverlap, sliverWidth(part));
                    }
                }
            }
        }
        return new SourceSlivers(gaps, gapArea, widestGap, overlaps, overlapArea, widestOverlap);
    }

    private DepartmentCoverage() {
    }

    static Result build(List<Geometry> sources, PrecisionModel precision, GeometryFactory factory) {
        List<Geometry> rings = new ArrayList<>();
        for (Geometry s : sources) rings.add(s.getBoundary());
        Geometry noded = UnaryUnionNG.union(factory.buildGeometry(rings), precision);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        List<Polygon> faces = new ArrayList<>((Collection<Polygon>) polygonizer.getPolygons());

        List<PreparedGeometry> prepared = new ArrayList<>();
        for (Geometry s : sources) prepared.add(PreparedGeometryFactory.prepare(s));

        int[] owner = new int[faces.size()];
        List<List<Integer>> candidates = new ArrayList<>();
        int gapFaces = 0, overlapFaces = 0, unfilled = 0;
        double gapArea = 0, overlapArea = 0, widest = 0;
        for (int f = 0; f < faces.size(); f++) {
            Polygon face = faces.get(f);
            Point inside = face.getInteriorPoint();
            List<Integer> containing = new ArrayList<>();
            for (int u = 0; u < sources.size(); u++) {
                if (prepared.get(u).contains(inside)) containing.add(u);
            }
            owner[f] = containing.size() == 1 ? containing.get(0) : -1;
            candidates.add(containing);
            if (containing.size() != 1) {
                double area = face.getArea();
                double width = sliverWidth(face);
                widest = Math.max(widest, width);
                if (containing.isEmpty()) {
                    gapFaces++;
                    gapArea += area;
                    if (area > MAX_GAP_AREA) {
                        owner[f] = -2;
                        unfilled++;
                    }
                } else {
                    overlapFaces++;
                    overlapArea += area;
                }
            }
        }
        assignSlivers(faces, owner, candidates, sources.size());

        List<Geometry> units = new ArrayList<>();
        for (int u = 0; u < sources.size(); u++) {
            List<Geometry> mine = new ArrayList<>();
            for (int f = 0; f < faces.size(); f++) if (owner[f] == u) mine.add(faces.get(f));
            units.add(UnaryUnionNG.union(factory.buildGeometry(mine), precision));
        }
        return new Result(units, new Stats(faces.size(), gapFaces, gapArea, overlapFaces, overlapArea, widest, unfilled));
    }

    /** Gives each unowned face to the unit it shares the longest border with, in rounds. */
    private static void assignSlivers(List<Polygon> faces, int[] owner, List<List<Integer>> candidates, int units) {
        boolean progress = true;
        while (progress) {
            progress = false;
            int[] next = owner.clone();
            for (int f = 0; f < faces.size(); f++) {
                if (owner[f] != -1) continue;
                Polygon face = faces.get(f);
                Geometry border = face.getBoundary();
                double[] shared = new double[units];
                int best = -1;
                double bestLength = 0;
                for (int g = 0; g < faces.size(); g++) {
                    int u = owner[g];
                    if (u < 0 || g == f) continue;
                    List<Integer> allowed = candidates.get(f);
                    if (!allowed.isEmpty() && !allowed.contains(u)) continue;
                    if (!face.getEnvelopeInternal().intersects(faces.get(g).getEnvelopeInternal())) continue;
                    double length = border.intersection(faces.get(g).getBoundary()).getLength();
                    if (length == 0) continue;
                    shared[u] += length;
                    if (shared[u] > bestLength || (shared[u] == bestLength && u < best)) {
                        bestLength = shared[u];
                        best = u;
                    }
                }
                if (best >= 0) {
                    next[f] = best;
                    progress = true;
                }
            }
            System.arraycopy(next, 0, owner, 0, owner.length);
        }
    }

    /** Mean width of a sliver, 2·area/perimeter (exact for a long thin strip), in degrees. */
    private static double sliverWidth(Polygon face) {
        double perimeter = face.getLength();
        return perimeter == 0 ? 0 : 2 * face.getArea() / perimeter;
    }
}
