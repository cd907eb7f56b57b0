package pe.rutas.app;

public final class Launcher {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(pe.rutas.export.ExportCommand.run(args, System.out, System.err));
        }
        System.out.println("rutas");
    }
}
