package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pe.rutas.model.FeatureRef;

class FeatureCyclerTest {
    private final FeatureRef a = FeatureRef.department("PE-PUN");
    private final FeatureRef b = FeatureRef.route("north-coast");
    private final FeatureRef c = FeatureRef.hotspot("la-rinconada");
    private final List<FeatureRef> all = List.of(a, b, c);

    @Test
    void tabStartsAtFirstAndShiftTabAtLast() {
        assertEquals(Optional.of(a), FeatureCycler.step(all, null, true));
        assertEquals(Optional.of(c), FeatureCycler.step(all, null, false));
    }

    @Test
    void stepsInOrderBothWays() {
        assertEquals(Optional.of(b), FeatureCycler.step(all, a, true));
        assertEquals(Optional.of(a), FeatureCycler.step(all, b, false));
    }

    @Test
    void pastEitherEndLetsFocusLeave() {
        assertEquals(Optional.empty(), FeatureCycler.step(all, c, true));
        assertEquals(Optional.empty(), FeatureCycler.step(all, a, false));
        assertEquals(Optional.empty(), FeatureCycler.step(List.of(), null, true));
    }

    @Test
    void currentOffScreenRestartsAtTheEdge() {
        assertEquals(Optional.of(a), FeatureCycler.step(all, FeatureRef.place("iquitos"), true));
    }
}
