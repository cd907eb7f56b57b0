package pe.rutas.model;

import java.util.List;

/** Null-normalising helpers for the records of this package: absent text is "", absent lists are empty. */
final class Text {
    private Text() {
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
