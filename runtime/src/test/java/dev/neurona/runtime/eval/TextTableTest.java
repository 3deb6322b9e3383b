package dev.neurona.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void rightAlignsEachColumnToItsWidestCell() {
        String text = new TextTable()
                .row("", "long header", "b")
                .row("x", "1", "22")
                .row("yyy", "333")
                .format();
        assertEquals("""
                     long header   b
                  x            1  22
                yyy          333
                """, text);
    }

    @Test
    void decimalsUseADotWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.1235", TextTable.decimal(0.12345678));
        } finally {
            Locale.setDefault(before);
        }
    }
}
