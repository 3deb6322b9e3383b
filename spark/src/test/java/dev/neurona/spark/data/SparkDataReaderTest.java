package dev.neurona.spark.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neurona.runtime.data.CsvLoader;
import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.MissingPolicy;
import dev.neurona.runtime.data.Normalization;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.data.SplitPart;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.spark.LocalSpark;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading through Spark gives what the local reader and pipeline give for the same table and seed. */
class SparkDataReaderTest {
    private static final Messages SPANISH = Messages.of(Language.SPANISH);
    private static SparkSession spark;
    private static SparkDataReader reader;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        reader = new SparkDataReader(spark);
    }

    /** Flowers: two measurements (one sometimes missing), a colour as text, and a species. */
    private Path flowers(int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(4);
        String[] species = {"setosa", "versicolor", "virginica"};
        String[] colours = {"blue", "red", "white"};
        StringBuilder csv = new StringBuilder("length,width,colour,species\n");
        for (int i = 0; i < rows; i++) {
            int s = random.nextInt(3);
            String length = random.nextInt(10) == 0
                    ? "NA"
                    : String.format(java.util.Locale.ROOT, "%.2f", 4 + s + random.nextDouble());
            String width = String.format(java.util.Locale.ROOT, "%.1f", 2 + s * 0.5 + random.nextDouble());
            csv.append(length)
                    .append(',')
                    .append(width)
                    .append(", ")
                    .append(colours[random.nextInt(3)])
                    .append(',')
                    .append(species[s])
                    .append('\n');
        }
        Path file = dir.resolve("flowers.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void shuffledLimitedSplitNormalisedDataAreTheLocalOnes() throws IOException {
        Path file = flowers(300);
        DataOptions options = DataOptions.builder()
                .missing(MissingPolicy.MEAN)
                .shuffle(true)
                .limit(260)
                .split(new SplitPart("train", 0.7), new SplitPart("valid", 0.15), new SplitPart("test", 0.15))
                .normalize(Normalization.STANDARD)
                .scale(2)
                .build();

        PreparedData local = DataPipeline.prepare(CsvLoader.load(file, options), options, "flowers", 13);
        PreparedData spread = reader.csv(file.toString(), options, "flowers", 13);

        assertSameData(local.all(), spread.all(), 1e-6f);
        assertEquals(local.partNames(), spread.partNames());
        for (String part : local.partNames()) assertSameData(local.part(part), spread.part(part), 1e-6f);
    }

    @Test
    void regressionWithMinMaxAndDroppedRowsIsExactlyTheLocalOne() throws IOException {
        StringBuilder csv = new StringBuilder("x1;x2;y\n");
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 120; i++) {
            double x1 = random.nextDouble() * 10;
            String x2 = i % 17 == 0 ? "" : Double.toString(random.nextGaussian());
            csv.append(x1)
                    .append(';')
                    .append(x2)
                    .append(';')
                    .append(x1 * 3 + 0.25)
                    .append('\n');
        }
        Path file = dir.resolve("line.csv");
        Files.writeString(file, csv);
        DataOptions options = DataOptions.builder()
                .delimiter(";")
                .missing(MissingPolicy.DROP)
                .normalize(Normalization.MINMAX)
                .split(new SplitPart("fit", 0.8), new SplitPart("check", 0.2))
                .build();

        PreparedData local = DataPipeline.prepare(CsvLoader.load(file, options), options, "line", 2);
        PreparedData spread = reader.csv(file.toString(), options, "line", 2);

        assertEquals(Task.REGRESSION, spread.all().task());
        assertSameData(local.part("fit"), spread.part("fit"), 0f);
        assertSameData(local.part("check"), spread.part("check"), 0f);
    }

    @Test
    void parquetColumnsReadAsACsvsCells() throws IOException {
        StructType schema = new StructType()
                .add("petal", DataTypes.DoubleType)
                .add("sepal", DataTypes.FloatType)
                .add("soil", DataTypes.StringType)
                .add("kind", DataTypes.IntegerType);
        List<org.apache.spark.sql.Row> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder("petal,sepal,soil,kind\n");
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 90; i++) {
            double petal = random.nextGaussian();
            float sepal = (float) random.nextGaussian();
            String soil = i % 3 == 0 ? "clay" : "sand";
            int kind = random.nextInt(3) * 7;
            rows.add(RowFactory.create(petal, sepal, soil, kind));
            csv.append(BigDecimal.valueOf(petal).toPlainString())
                    .append(',')
                    .append(sepal)
                    .append(',')
                    .append(soil)
                    .append(',')
                    .append(kind)
                    .append('\n');
        }
        Path parquet = dir.resolve("plants.parquet");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(parquet.toString());
        Path file = dir.resolve("plants.csv");
        Files.writeString(file, csv);
        DataOptions options = DataOptions.builder()
                .split(new SplitPart("a", 0.5), new SplitPart("b", 0.5))
                .build();

        PreparedData fromCsv = DataPipeline.prepare(CsvLoader.load(file, options), options, "plants", 5);
        PreparedData fromParquet = reader.parquet(parquet.toString(), options, "plants", 5);

        assertEquals(List.of("0", "7", "14"), fromParquet.all().classNames());
        assertSameData(fromCsv.part("a"), fromParquet.part("a"), 0f);
        assertSameData(fromCsv.part("b"), fromParquet.part("b"), 0f);
    }

    @Test
    void aMissingCellStopsReadingWithItsRowAndColumn() throws IOException {
        Path file = dir.resolve("gaps.csv");
        Files.writeString(file, "a,b,y\n1,2,x\n3,,y\n");
        DataException e =
                assertThrows(DataException.class, () -> reader.csv(file.toString(), DataOptions.defaults(), "gaps", 1));
        assertEquals(
                file + ": row 2, column 2: column 'b' has no value (empty or NA); use 'missing drop' or 'missing mean' "
                        + "to accept missing values",
                e.getMessage());
    }

    @Test
    void textInANumericColumnIsNamed() throws IOException {
        Path file = dir.resolve("typo.csv");
        Files.writeString(file, "a,y\n1,p\n2,q\n3,p\nthree,q\n5,p\n");
        DataException e =
                assertThrows(DataException.class, () -> reader.csv(file.toString(), DataOptions.defaults(), "typo", 1));
        assertEquals(file + ": row 4, column 1: 'three' is not a number (column 'a' holds numbers)", e.getMessage());
        assertEquals(
                file + ": fila 4, columna 1: 'three' no es un número (la columna 'a' contiene números)",
                e.text().in(SPANISH));
    }

    @Test
    void aMissingFileOrColumnIsAClearDataError() throws IOException {
        String nowhere = dir.resolve("nowhere.csv").toString();
        DataException missing =
                assertThrows(DataException.class, () -> reader.csv(nowhere, DataOptions.defaults(), "n", 1));
        assertEquals(nowhere + ": file not found", missing.getMessage());
        assertEquals(nowhere + ": no se encuentra el archivo", missing.text().in(SPANISH));
        Path file = flowers(10);
        DataOptions wrongTarget = DataOptions.builder().target("colour ").build();
        assertEquals(
                file + " has no column 'colour ' (named in target); its columns are: length, width, colour, species",
                assertThrows(DataException.class, () -> reader.csv(file.toString(), wrongTarget, "f", 1))
                        .getMessage());
    }

    @Test
    void csvOptionsAreRefusedForParquet() {
        DataOptions options = DataOptions.builder().delimiter(";").build();
        DataException refused = assertThrows(DataException.class, () -> reader.parquet("any.parquet", options, "p", 1));
        assertEquals(
                "data set 'p' is read from Parquet; option delimiter only applies to csv(...) sources",
                refused.getMessage());
        assertEquals(
                "el conjunto de datos 'p' se lee de Parquet; la opción delimiter solo sirve para fuentes csv(...)",
                refused.text().in(SPANISH));
    }

    private static void assertSameData(Dataset expected, Dataset actual, float tolerance) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.schema(), actual.schema());
        assertEquals(expected.preprocessing().columns(), actual.preprocessing().columns());
        assertArrayEquals(
                expected.preprocessing().shift(), actual.preprocessing().shift(), tolerance);
        assertArrayEquals(
                expected.preprocessing().scale(), actual.preprocessing().scale(), tolerance);
        assertArrayEquals(expected.labels(), actual.labels());
        if (expected.targets() != null) assertArrayEquals(expected.targets(), actual.targets());
        assertArrayEquals(expected.features(), actual.features(), tolerance);
    }
}
