package pe.rutas.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import pe.rutas.style.ColorVision.Deficiency;

class ColorVisionTest {

    @Test
    void deltaE2000MatchesSharmaReferencePairs() {
        // Pairs 1 and 7 of Sharma, Wu & Dalal (2005), given in Lab; built here from sRGB equivalents is
        // not exact, so test the formula's invariants and a known sRGB pair instead.
        assertEquals(0, ColorVision.deltaE2000(Color.web("#336699"), Color.web("#336699")), 1e-9);
        double bw = ColorVision.deltaE2000(Color.BLACK, Color.WHITE);
        assertEquals(100, bw, 0.5, "black/white differ by L* 100");
        double ab = ColorVision.deltaE2000(Color.web("#ff0000"), Color.web("#00ff00"));
        double ba = ColorVision.deltaE2000(Color.web("#00ff00"), Color.web("#ff0000"));
        assertEquals(ab, ba, 1e-9, "symmetric");
        assertTrue(ab > 40, "red and green are far apart for normal vision: " + ab);
    }

    @Test
    void labOfWhiteIsL100AndNeutral() {
        double[] lab = ColorVision.lab(Color.WHITE);
        assertEquals(100, lab[0], 0.01);
        assertEquals(0, lab[1], 0.01);
        assertEquals(0, lab[2], 0.01);
    }

    @Test
    void deuteranopiaCollapsesRedAndGreen() {
        Color red = Color.web("#d62728");
        Color green = Color.web("#2ca02c");
        double normal = ColorVision.deltaE2000(red, green);
        double deut = ColorVision.deltaE2000(ColorVision.simulate(red, Deficiency.DEUTERANOPIA),
                ColorVision.simulate(green, Deficiency.DEUTERANOPIA));
        assertTrue(deut < normal / 2, "deuteranopia should bring red and green together: " + normal + " -> " + deut);
    }

    @Test
    void greysAreUnchangedBySimulation() {
        for (Deficiency d : Deficiency.values()) {
            Color sim = ColorVision.simulate(Color.gray(0.5), d);
            assertEquals(0.5, sim.getRed(), 0.01, d.name());
            assertEquals(0.5, sim.getGreen(), 0.01, d.name());
            assertEquals(0.5, sim.getBlue(), 0.01, d.name());
        }
    }

    @Test
    void minPairwiseDetectsAClashingPalette() {
        List<Color> clash = List.of(Color.web("#d62728"), Color.web("#2ca02c"), Color.web("#1f77b4"));
        assertTrue(ColorVision.minPairwiseDeltaE(clash, Deficiency.DEUTERANOPIA) < 10,
                "a red/green palette must fail the same threshold the route palette passes");
    }
}
