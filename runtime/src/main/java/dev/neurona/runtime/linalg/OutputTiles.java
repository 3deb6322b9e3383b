package dev.neurona.runtime.linalg;

/**
 * The result matrix cut into a grid of rectangles, one pool task each. Splitting the output —
 * never the summed dimension — means every element is still summed by one thread in one
 * order, so the result does not depend on how many threads there are.
 */
final class OutputTiles {
    private final int rows;
    private final int cols;
    private final int tileRows;
    private final int tileCols;
    private final int tilesPerRow;
    private final int count;

    private OutputTiles(int rows, int cols, int tileRows, int tileCols) {
        this.rows = rows;
        this.cols = cols;
        this.tileRows = tileRows;
        this.tileCols = tileCols;
        this.tilesPerRow = ceilDiv(cols, tileCols);
        this.count = ceilDiv(rows, tileRows) * tilesPerRow;
    }

    /**
     * Tiles of at most {@code maxRows × maxCols}, whose sides are multiples of {@code rowStep}
     * and {@code colStep} (the micro-kernel's block) except at the matrix edge, halved along the
     * longer side until there are at least {@code minTiles} of them or they cannot shrink further.
     */
    static OutputTiles split(int rows, int cols, int maxRows, int maxCols, int rowStep, int colStep, int minTiles) {
        int tileRows = Math.min(maxRows, roundUp(Math.max(rows, 1), rowStep));
        int tileCols = Math.min(maxCols, roundUp(Math.max(cols, 1), colStep));
        while (ceilDiv(rows, tileRows) * ceilDiv(cols, tileCols) < minTiles) {
            boolean canHalveRows = tileRows >= 2 * rowStep;
            boolean canHalveCols = tileCols >= 2 * colStep;
            if (canHalveCols && (tileCols >= tileRows || !canHalveRows)) {
                tileCols = roundUp(tileCols / 2, colStep);
            } else if (canHalveRows) {
                tileRows = roundUp(tileRows / 2, rowStep);
            } else {
                break;
            }
        }
        return new OutputTiles(rows, cols, tileRows, tileCols);
    }

    int count() {
        return count;
    }

    int rowStart(int tile) {
        return tile / tilesPerRow * tileRows;
    }

    int rowEnd(int tile) {
        return Math.min(rows, rowStart(tile) + tileRows);
    }

    int colStart(int tile) {
        return tile % tilesPerRow * tileCols;
    }

    int colEnd(int tile) {
        return Math.min(cols, colStart(tile) + tileCols);
    }

    static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }

    static int roundUp(int x, int step) {
        return ceilDiv(x, step) * step;
    }
}
