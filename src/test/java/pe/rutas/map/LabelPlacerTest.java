package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pe.rutas.map.LabelPlacer.Box;
import pe.rutas.map.LabelPlacer.Candidate;
import pe.rutas.map.LabelPlacer.Placement;
import pe.rutas.map.LabelPlacer.Position;

class LabelPlacerTest {
    private static final List<Position> AROUND = List.of(Position.RIGHT, Position.LEFT, Position.ABOVE, Position.BELOW);
    private final LabelPlacer placer = new LabelPlacer(2);

    @Test
    void placedLabelsNeverOverlapEachOtherOrObstacles() {
        Random rnd = new Random(42);
        List<Candidate> cands = new ArrayList<>();
        List<Box> obstacles = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            double x = rnd.nextDouble() * 800;
            double y = rnd.nextDouble() * 600;
            cands.add(new Candidate("c" + i, x, y, 30 + rnd.nextDouble() * 60, 14, rnd.nextDouble(), 6, AROUND));
            if (i % 10 == 0) {
                obstacles.add(new Box(x - 6, y - 6, 12, 12));
            }
        }
        List<Placement> placed = placer.place(cands, obstacles, 800, 600);
        assertTrue(placed.size() > 20, "a reasonable share gets placed: " + placed.size());
        assertTrue(placed.size() < cands.size(), "crowded labels are dropped");
        for (int i = 0; i < placed.size(); i++) {
            Box a = placed.get(i).box();
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= 800 && a.y() + a.height() <= 600);
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(a.intersects(placed.get(j).box(), 2), placed.get(i) + " overlaps " + placed.get(j));
            }
            for (Box o : obstacles) {
                assertFalse(a.intersects(o, 0), placed.get(i) + " covers an obstacle");
            }
        }
    }

    @Test
    void higherPriorityWinsAContestedSpot() {
        Candidate low = new Candidate("low", 100, 100, 80, 14, 1, 0, List.of(Position.CENTER));
        Candidate high = new Candidate("high", 110, 102, 80, 14, 5, 0, List.of(Position.CENTER));
        List<Placement> placed = placer.place(List.of(low, high), List.of(), 400, 400);
        assertEquals(1, placed.size());
        assertEquals("high", placed.get(0).key());
    }

    @Test
    void pointLabelMovesToItsNextPositionWhenTheFirstIsTaken() {
        Candidate a = new Candidate("a", 100, 100, 60, 14, 2, 5, AROUND);
        Candidate blocker = new Candidate("b", 140, 100, 60, 14, 3, 0, List.of(Position.CENTER));
        List<Placement> placed = placer.place(List.of(a, blocker), List.of(), 400, 400);
        assertEquals(2, placed.size());
        Placement pa = placed.stream().filter(p -> p.key().equals("a")).findFirst().orElseThrow();
        assertEquals(Position.LEFT, pa.position());
        assertEquals(100 - 5 - 60, pa.box().x(), 1e-9);
    }

    @Test
    void labelsOutsideTheViewAreDropped() {
        Candidate out = new Candidate("out", -50, 10, 40, 14, 1, 0, List.of(Position.CENTER));
        assertTrue(placer.place(List.of(out), List.of(), 300, 300).isEmpty());
    }
}
