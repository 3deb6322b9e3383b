package dev.neurona.runtime.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputTilesTest {

    @Test
    void tilesCoverTheOutputExactlyOnce() {
        int[][] shapes = {{1, 1}, {7, 300}, {64, 128}, {257, 65}, {1024, 1024}, {1000, 3}};
        for (int[] shape : shapes) {
            for (int minTiles : new int[] {1, 2, 4, 16}) {
                OutputTiles tiles = OutputTiles.split(shape[0], shape[1], 64, 256, 8, 32, minTiles);
                int[][] covered = new int[shape[0]][shape[1]];
                for (int t = 0; t < tiles.count(); t++) {
                    for (int i = tiles.rowStart(t); i < tiles.rowEnd(t); i++) {
                        for (int j = tiles.colStart(t); j < tiles.colEnd(t); j++) covered[i][j]++;
                    }
                    assertEquals(0, tiles.rowStart(t) % 8, "rows start on the micro-kernel's grid");
                    assertEquals(0, tiles.colStart(t) % 32, "columns start on the micro-kernel's grid");
                    assertTrue(tiles.rowEnd(t) - tiles.rowStart(t) <= 64);
                    assertTrue(tiles.colEnd(t) - tiles.colStart(t) <= 256);
                }
                for (int[] row : covered) for (int times : row) assertEquals(1, times);
            }
        }
    }

    @Test
    void shrinksTilesToGiveEveryThreadWork() {
        assertEquals(1, OutputTiles.split(64, 128, 64, 256, 8, 32, 1).count());
        assertEquals(4, OutputTiles.split(64, 128, 64, 256, 8, 32, 4).count());
        assertEquals(1, OutputTiles.split(8, 32, 64, 256, 8, 32, 4).count(), "cannot cut below one block");
    }
}
