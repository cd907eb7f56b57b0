package pe.rutas.ui;

import com.sun.javafx.scene.SceneHelper;
import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.TKDropTargetListener;
import java.io.File;
import java.lang.reflect.Field;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Drags files from outside the app onto a JavaFX window in tests, as a file manager's drag
 * arrives. Two ways in:
 * <ul>
 * <li>{@link #dragOver} / {@link #drop} fire a real {@link DragEvent} at a node; it bubbles up
 *     through its parents like one the scene delivers;</li>
 * <li>{@link #dropOnScene} calls the scene's own drop-target listener, the entry point the
 *     windowing toolkit (glass) calls for a drop from the desktop: the scene picks the node under
 *     the point and runs the whole enter, over, drop gesture.</li>
 * </ul>
 * JavaFX has no public way to make a {@link Dragboard}. The dragged content here sits in
 * {@link DragClipboard}, an in-memory implementation of the toolkit's clipboard peer interface
 * ({@code com.sun.javafx.tk.TKClipboard}, what a Dragboard wraps), and
 * {@code DragboardHelper.createDragboard} wraps it in a real Dragboard, as the scene does for a
 * drop from the desktop. (The toolkit's own {@code createLocalClipboard()} cannot serve: it is no
 * drag source and throws from {@code getTransferModes()}, which accepting a drop asks.) The tests
 * run on the class path, where JavaFX's internal packages sit in the unnamed module, so neither
 * {@code --add-exports} nor {@code --add-opens} is needed. FX thread only.
 */
public final class FileDrag {
    private FileDrag() {}

    /** A real Dragboard holding {@code files}, offered for copy, move or link like a file manager does. */
    public static Dragboard dragboard(List<File> files) {
        Dragboard board = DragboardHelper.createDragboard(DragClipboard.ofFiles(files));
        DragboardHelper.setDataAccessRestriction(board, false);    // as the scene does during a drop
        return board;
    }

    /** Fires DRAG_OVER at the centre of {@code target}; returns the transfer mode accepted, or null if refused. */
    public static TransferMode dragOver(Node target, List<File> files) {
        return dragOver(target, dragboard(files));
    }

    public static TransferMode dragOver(Node target, Dragboard board) {
        DragEvent e = event(DragEvent.DRAG_OVER, target, board);
        Event.fireEvent(target, e);
        return e.isAccepted() ? e.getAcceptedTransferMode() : null;
    }

    /** Fires DRAG_DROPPED at the centre of {@code target}; returns whether a handler completed the drop. */
    public static boolean drop(Node target, List<File> files) {
        DragEvent e = event(DragEvent.DRAG_DROPPED, target, dragboard(files));
        Event.fireEvent(target, e);
        return e.isDropCompleted();
    }

    /** What the scene answered to a drag from the desktop: the mode accepted while over, and the mode of the drop (null: refused). */
    public record SceneDrop(TransferMode over, TransferMode dropped) {}

    /**
     * Drags {@code files} in from the desktop to the point ({@code x}, {@code y}) of
     * {@code scene} and drops them there, through the scene's drop-target listener. A refused
     * drag ends with a drag exit instead of a drop.
     */
    public static SceneDrop dropOnScene(Scene scene, double x, double y, List<File> files) {
        requireFxThread();
        TKDropTargetListener listener = dropTargetListener(scene);
        double sx = scene.getWindow().getX() + scene.getX() + x;
        double sy = scene.getWindow().getY() + scene.getY() + y;
        listener.dragEnter(x, y, sx, sy, TransferMode.COPY, DragClipboard.ofFiles(files));
        TransferMode over = listener.dragOver(x, y, sx, sy, TransferMode.COPY);
        if (over == null) {
            listener.dragExit(x, y, sx, sy);
            return new SceneDrop(null, null);
        }
        return new SceneDrop(over, listener.drop(x, y, sx, sy, over));
    }

    /** The centre of {@code node} in its scene's coordinates. */
    public static Point2D centreInScene(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private static DragEvent event(javafx.event.EventType<DragEvent> type, Node target, Dragboard board) {
        requireFxThread();
        Point2D p = centreInScene(target);
        Point2D s = target.localToScreen(target.sceneToLocal(p));
        double sx = s == null ? p.getX() : s.getX();
        double sy = s == null ? p.getY() : s.getY();
        // no gesture source: the drag comes from another application
        return new DragEvent(type, board, p.getX(), p.getY(), sx, sy, TransferMode.COPY, null, null,
                new PickResult(target, p.getX(), p.getY()));
    }

    /** The listener the scene registers with its toolkit peer (the peer class is not public). */
    private static TKDropTargetListener dropTargetListener(Scene scene) {
        Object peer = SceneHelper.getPeer(scene);
        if (peer == null) throw new IllegalStateException("the scene is not shown in a window");
        for (Class<?> c = peer.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField("dropTargetListener");
                f.setAccessible(true);
                return (TKDropTargetListener) f.get(peer);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no drop-target listener on " + peer.getClass());
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) throw new IllegalStateException("call on the FX thread");
    }

    /**
     * The content of a drag from another application, held in memory: the toolkit clipboard peer
     * a {@link Dragboard} reads from. Offers copy, move and link, as file managers do.
     */
    static final class DragClipboard implements TKClipboard {
        private final Map<DataFormat, Object> content = new LinkedHashMap<>();

        static DragClipboard ofFiles(List<File> files) {
            DragClipboard c = new DragClipboard();
            if (!files.isEmpty()) c.content.put(DataFormat.FILES, List.copyOf(files));
            return c;
        }

        static DragClipboard ofText(String text) {
            DragClipboard c = new DragClipboard();
            c.content.put(DataFormat.PLAIN_TEXT, text);
            return c;
        }

        @Override public void setSecurityContext(AccessControlContext context) {}
        @Override public Set<DataFormat> getContentTypes() { return Set.copyOf(content.keySet()); }

        @SafeVarargs
        @Override
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            for (Pair<DataFormat, Object> p : pairs) content.put(p.getKey(), p.getValue());
            return true;
        }

        @Override public Object getContent(DataFormat format) { return content.get(format); }
        @Override public boolean hasContent(DataFormat format) { return content.containsKey(format); }
        @Override public Set<TransferMode> getTransferModes() { return EnumSet.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK); }
        @Override public void setDragView(Image image) {}
        @Override public void setDragViewOffsetX(double offsetX) {}
        @Override public void setDragViewOffsetY(double offsetY) {}
        @Override public Image getDragView() { return null; }
        @Override public double getDragViewOffsetX() { return 0; }
        @Override public double getDragViewOffsetY() { return 0; }
    }

    /** A real Dragboard holding only text (e.g. a phrase dragged from a browser), no files. */
    public static Dragboard textDragboard(String text) {
        Dragboard board = DragboardHelper.createDragboard(DragClipboard.ofText(text));
        DragboardHelper.setDataAccessRestriction(board, false);
        return board;
    }
}
