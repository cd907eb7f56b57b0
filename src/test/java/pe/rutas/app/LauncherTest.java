package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LauncherTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void unknownCommandPrintsUsageAndExitsTwo() {
        assertEquals(2, Launcher.dispatch(new String[] {"frobnicate"}, err, err));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("unknown command 'frobnicate'"), text);
        assertTrue(text.contains("Usage:"), text);
    }

    @Test
    void validateDispatchesToTheValidatorWithItsExitCodes() {
        assertEquals(2, Launcher.dispatch(new String[] {"validate", "/no/such/file.geojson"}, err, err));
        assertEquals(2, Launcher.dispatch(new String[] {"validate"}, err, err), "no file given");
    }

    @Test
    void exportDispatchesToTheExporter() {
        assertTrue(Launcher.dispatch(new String[] {"export", "--no-such-option"}, err, err) != 0,
                "a bad export option is an error, reported by the export command");
    }

    @Test
    void helpExitsZeroWithUsage() {
        assertEquals(0, Launcher.dispatch(new String[] {"--help"}, err, err));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("rutas validate"));
    }
}
