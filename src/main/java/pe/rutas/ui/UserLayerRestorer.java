package pe.rutas.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import pe.rutas.io.LoadProblem;
import pe.rutas.io.UserLayerLoad;
import pe.rutas.model.UserLayerSetting;

/**
 * Opens the user's remembered layers again at start (and one layer on "Retry"), through the same
 * {@link UserLayerOpener#load} as opening by hand: background reading, the same checks, progress
 * and Cancel. Each layer keeps its place in the list while it loads. A layer that loads takes its
 * remembered name, style, visibility and opacity (its skipped features were reported when it was
 * first opened, so they are kept on the entry but not shown again); a layer whose file is missing
 * or unusable stays in the list as unavailable, and all such layers of one batch are reported once,
 * in one dialog naming file and reason. FX thread only.
 */
public final class UserLayerRestorer {
    private final UserLayersModel model;
    private final UserLayerOpener opener;
    private final I18n i18n;
    private final Supplier<Window> owner;

    public UserLayerRestorer(UserLayersModel model, UserLayerOpener opener, I18n i18n, Supplier<Window> owner) {
        this.model = model;
        this.opener = opener;
        this.i18n = i18n;
        this.owner = owner;
    }

    /** Adds the remembered layers in order, each loading; reports those that cannot be opened once at the end. */
    public void restore(List<UserLayerSetting> remembered) {
        List<UserLayerEntry> pending = new ArrayList<>();
        for (UserLayerSetting s : remembered) {
            UserLayerEntry e = UserLayerEntry.loading(s.file(), s.name(), UserLayerMemory.style(s.look()));
            e.visibleProperty().set(s.visible());
            e.opacityProperty().set(s.opacity());
            model.add(e);
            pending.add(e);
        }
        load(pending);
    }

    /** Reads an unavailable layer's file again (e.g. once the USB stick is back); reports if it still fails. */
    public void retry(UserLayerEntry unavailable) {
        UserLayerEntry e = unavailable.as(UserLayerEntry.State.LOADING, "", List.of(), List.of());
        if (model.replace(unavailable, e)) load(List.of(e));
    }

    private void load(List<UserLayerEntry> pending) {
        if (pending.isEmpty()) return;
        Batch batch = new Batch(pending.size());
        for (UserLayerEntry e : pending) {
            Path file;
            try {
                file = Path.of(e.file());
            } catch (InvalidPathException bad) {
                // a path from another system that this one cannot even name
                finish(batch, e, unusable(e.file(), i18n.get("userLayer.restore.badPath", bad.getReason())));
                continue;
            }
            opener.load(file, load -> finish(batch, e, load));
        }
    }

    private void finish(Batch batch, UserLayerEntry placeholder, UserLayerLoad load) {
        if (!load.features().isEmpty()) {
            model.replace(placeholder, placeholder.as(UserLayerEntry.State.LOADED, "", load.features(), load.problems()));
        } else {
            List<LoadProblem> why = load.errors().isEmpty() ? load.problems() : load.errors();
            String reason = why.isEmpty() ? i18n.get("userLayer.restore.nothing") : why.get(0).message(i18n.locale());
            // removed meanwhile: forgotten, so nothing to report either
            if (model.replace(placeholder, placeholder.as(UserLayerEntry.State.UNAVAILABLE, reason, List.of(), List.of()))) {
                batch.failed.add(why.isEmpty() ? LoadProblem.error(placeholder.file(), -1, reason) : why.get(0));
            }
        }
        if (++batch.done == batch.size && !batch.failed.isEmpty()) {
            ProblemsDialog.show(owner.get(), batch.failed, i18n, i18n.get("userLayer.restore.title"),
                    i18n.get("userLayer.restore.header", batch.failed.size()));
        }
    }

    private static UserLayerLoad unusable(String file, String reason) {
        return new UserLayerLoad(file, UserLayerLoad.Status.UNUSABLE, List.of(), List.of(LoadProblem.error(file, -1, reason)));
    }

    private static final class Batch {
        final int size;
        int done;
        final List<LoadProblem> failed = new ArrayList<>();

        Batch(int size) {
            this.size = size;
        }
    }
}
