package dev.neurona.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
    @Test
    void usesPowersOfAThousandWithOneDecimal() {
        assertEquals("0 B", ByteSize.format(0));
        assertEquals("999 B", ByteSize.format(999));
        assertEquals("1.0 KB", ByteSize.format(1000));
        assertEquals("28.9 KB", ByteSize.format(28_881));
        assertEquals("9.9 MB", ByteSize.format(9_912_422));
        assertEquals("26.4 MB", ByteSize.format(26_421_880));
        assertEquals("2.5 GB", ByteSize.format(2_500_000_000L));
    }

    @Test
    void neverShowsAThousandOfAUnit() {
        assertEquals("999.9 KB", ByteSize.format(999_949));
        assertEquals("1.0 MB", ByteSize.format(999_950));
        assertEquals("1.0 GB", ByteSize.format(999_950_000));
    }
}
