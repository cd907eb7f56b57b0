package pe.rutas.app;

import java.io.PrintStream;
import java.util.Arrays;
import javafx.application.Application;
import pe.rutas.export.ExportCommand;

/**
 * Entry point of {@code rutas.jar} and {@code mvn javafx:run}. A plain class, not an
 * {@link Application} subclass, so that JavaFX starts from the classpath without a module
 * descriptor and so that the command-line tools run without a window.
 *
 * <ul>
 *   <li>no arguments: the explorer window ({@link RutasApp});</li>
 *   <li>{@code export …}: {@link ExportCommand} (a map image, headless);</li>
 *   <li>{@code validate …}: {@link ValidateCommand} (exit 0 clean, 1 problems, 2 unusable);</li>
 *   <li>{@code help}, {@code -h}, {@code --help}: usage, exit 0;</li>
 *   <li>anything else: usage on stderr, exit status 2.</li>
 * </ul>
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(RutasApp.class);
            return;
        }
        System.exit(dispatch(args, System.out, System.err));
    }

    /** Runs a sub-command and returns its exit status. */
    static int dispatch(String[] args, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "export":
                return ExportCommand.run(rest, out, err);
            case "validate":
                return ValidateCommand.run(rest, out, err);
            case "help", "-h", "--help":
                usage(out);
                return 0;
            default:
                err.println("rutas: unknown command '" + args[0] + "'.");
                usage(err);
                return 2;
        }
    }

    private static void usage(PrintStream to) {
        to.println("Usage:");
        to.println("  rutas                         open the map explorer");
        to.println("  rutas export [options]        write a map image (see 'rutas export --help')");
        to.println("  rutas validate FILE.geojson   check a GeoJSON layer and report problems");
        to.println("                                (--lang en|es: language of the report)");
    }
}
