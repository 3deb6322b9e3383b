package dev.neurona.cli.data;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The well-known data sets {@code nn data get} fetches: their names, files, SHA-256 sums and
 * mirrors.
 *
 * <p>Folder layout, which the language's loader ({@code mnist.train}, {@code fashion_mnist.test},
 * ...) follows: each data set lives in {@code DATA/<name>/}, where {@code DATA} is
 * {@code $NN_DATA} or {@code ~/.neurona/datasets}, and holds the four gzip-compressed IDX files
 * under their original names:
 * <pre>
 * DATA/mnist/train-images-idx3-ubyte.gz       60,000 training images   (&lt;name&gt;.train)
 * DATA/mnist/train-labels-idx1-ubyte.gz       their labels
 * DATA/mnist/t10k-images-idx3-ubyte.gz        10,000 test images       (&lt;name&gt;.test)
 * DATA/mnist/t10k-labels-idx1-ubyte.gz        their labels
 * DATA/fashion_mnist/...                      the same four names
 * </pre>
 * A file is right when its SHA-256 is the catalogue's, or when it is gzip whose decompressed
 * bytes have the catalogue's content sum (the same data, compressed by someone else).
 */
public final class DatasetCatalog {
    /** The MNIST/Fashion-MNIST file names, in the order train images, train labels, test images, test labels. */
    public static final List<String> IDX_FILE_NAMES = List.of(
            "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final List<Dataset> datasets;

    /** A catalogue of the given data sets (tests bring their own). */
    public DatasetCatalog(List<Dataset> datasets) {
        this.datasets = List.copyOf(datasets);
    }

    /** MNIST and Fashion-MNIST. */
    public static DatasetCatalog standard() {
        return new DatasetCatalog(List.of(
                new Dataset(
                        "mnist",
                        "MNIST handwritten digits",
                        List.of(
                                URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
                                URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/")),
                        List.of(
                                new DataFile(
                                        "train-images-idx3-ubyte.gz",
                                        "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                                        "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
                                new DataFile(
                                        "train-labels-idx1-ubyte.gz",
                                        "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
                                        "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
                                new DataFile(
                                        "t10k-images-idx3-ubyte.gz",
                                        "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
                                        "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
                                new DataFile(
                                        "t10k-labels-idx1-ubyte.gz",
                                        "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
                                        "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"))),
                new Dataset(
                        "fashion_mnist",
                        "Fashion-MNIST clothing images by Zalando Research",
                        List.of(
                                URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
                                URI.create(
                                        "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/")),
                        List.of(
                                new DataFile(
                                        "train-images-idx3-ubyte.gz",
                                        "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
                                        "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"),
                                new DataFile(
                                        "train-labels-idx1-ubyte.gz",
                                        "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
                                        "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9"),
                                new DataFile(
                                        "t10k-images-idx3-ubyte.gz",
                                        "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
                                        "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b"),
                                new DataFile(
                                        "t10k-labels-idx1-ubyte.gz",
                                        "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5",
                                        "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34")))));
    }

    public List<Dataset> datasets() {
        return datasets;
    }

    /** The data set of that name, if the catalogue has one. */
    public Optional<Dataset> find(String name) {
        return datasets.stream().filter(dataset -> dataset.name().equals(name)).findFirst();
    }

    /** The names, comma-separated, for messages. */
    public String names() {
        return datasets.stream().map(Dataset::name).collect(Collectors.joining(", "));
    }

    /**
     * One data set.
     *
     * @param name    the name in scripts and on the command line; also its folder's name
     * @param title   a few words for people
     * @param mirrors base URLs tried in order; a file's URL is the base followed by the file name
     * @param files   the files it is made of
     */
    public record Dataset(String name, String title, List<URI> mirrors, List<DataFile> files) {
        public Dataset {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a data set name is lower case letters, digits and _: " + name);
            }
            mirrors = List.copyOf(mirrors);
            files = List.copyOf(files);
        }

        /** Where it lives inside a data folder: {@code dataDir/name}. */
        public Path folder(Path dataDir) {
            return dataDir.resolve(name);
        }
    }

    /**
     * One file of a data set.
     *
     * @param name          its file name, the same on the mirrors and on disk
     * @param sha256        the SHA-256 of its bytes as the mirrors serve them, 64 lower-case hex digits
     * @param contentSha256 for a gzip file, the SHA-256 of its decompressed bytes, so that the
     *                      same data compressed differently (e.g. by a Linux package) is
     *                      recognised; null when the file is not compressed
     */
    public record DataFile(String name, String sha256, String contentSha256) {
        public DataFile {
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new IllegalArgumentException("a data file name is a plain file name: " + name);
            }
            requireSha256(sha256);
            if (contentSha256 != null) {
                requireSha256(contentSha256);
            }
        }

        private static void requireSha256(String sum) {
            if (!SHA256.matcher(sum).matches()) {
                throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sum);
            }
        }
    }
}
