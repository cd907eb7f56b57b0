package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DepartmentPickerTest {
    private final DepartmentPicker picker = new DepartmentPicker(Fixtures.departments());

    @Test
    void findsTheDepartmentUnderAPoint() {
        assertEquals(Optional.of("PE-AAA"), picker.isoAt(-75, -5));
        assertEquals(Optional.of("PE-BBB"), picker.isoAt(-75, -15));
    }

    @Test
    void nothingOutsideEveryDepartment() {
        assertTrue(picker.isoAt(-85, -10).isEmpty());
        assertTrue(picker.isoAt(-80, -15).isEmpty(), "west of the southern box");
    }
}
