package pe.rutas.app;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import javafx.application.Application;

/**
 * Entry point of {@code rutas.jar} and {@code mvn javafx:run}. A plain class, not an
 * {@link Application} subclass, so that JavaFX starts from the classpath without a module
 * descriptor and so that the command-line tools run without a window.
 *
 * <ul>
 *   <li>no arguments: the explorer window ({@link RutasApp});</li>
 *   <li>{@code export …}: {@code pe.rutas.export.ExportCommand};</li>
 *   <li>{@code validate …}: {@link ValidateCommand} (exit 0 clean, 1 problems, 2 unusable);</li>
 *   <li>anything else: usage on stderr, exit status 2.</li>
 * </ul>
 */
public final class Launcher {
    /**
     * Sub-commands built in parallel by other parts of the project, looked up by name until they
     * land: command name → class with {@code public static int run(String[] args)}.
     */
    private static final String[][] COMMANDS = {
        {"export", "pe.rutas.export.ExportCommand"},
    };

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(RutasApp.class);
            return;
        }
        System.exit(dispatch(args, System.out, System.err));
    }

    /**
     * Runs a sub-command and returns its exit status (2 for an unknown or unavailable command).
     * The commands are looked up by name because they are built in parallel by other parts of
     * the project; a missing one is reported as unavailable, never as a stack trace.
     */
    static int dispatch(String[] args, PrintStream out, PrintStream err) {
        String name = args[0];
        if (name.equals("-h") || name.equals("--help") || name.equals("help")) {
            usage(err);
            return 0;
        }
        if (name.equals("validate")) {
            return ValidateCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        for (String[] command : COMMANDS) {
            if (!command[0].equals(name)) continue;
            Method run;
            try {
                run = Class.forName(command[1]).getMethod("run", String[].class);
            } catch (ClassNotFoundException | NoSuchMethodException e) {
                err.println("rutas: the '" + name + "' command is not available in this build.");
                usage(err);
                return 2;
            }
            try {
                Object status = run.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
                return status instanceof Integer i ? i : 0;
            } catch (InvocationTargetException e) {
                err.println("rutas " + name + ": " + e.getCause());
                return 2;
            } catch (IllegalAccessException e) {
                err.println("rutas: the '" + name + "' command cannot be started: " + e.getMessage());
                return 2;
            }
        }
        err.println("rutas: unknown command '" + name + "'.");
        usage(err);
        return 2;
    }

    private static void usage(PrintStream err) {
        err.println("Usage:");
        err.println("  rutas                      open the map explorer");
        err.println("  rutas export [options]     write a map image (see 'rutas export --help')");
        err.println("  rutas validate FILE.geojson  check a GeoJSON layer and report problems");
    }
}
