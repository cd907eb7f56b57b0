package pe.rutas.app;

import java.util.Arrays;

public final class Launcher {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(pe.rutas.export.ExportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        System.out.println("rutas");
    }
}
