package dev.neurona.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where ONNX Runtime's Java jar is found for {@code nn bench}, and a session opened through it. The
 * jar (tens of megabytes of native libraries) stays out of the {@code nn} jar: it is taken from
 * {@value #JAR_PROPERTY} or {@code NN_ONNXRUNTIME_JAR} when set, else from the local Maven repository, where building
 * Neurona's tests puts it.
 */
public final class OnnxRuntimeJar {
    /** A system property naming the jar, before the environment variable: for tests and embedders. */
    public static final String JAR_PROPERTY = "neurona.onnxruntime.jar";

    private static final String GROUP_PATH = "com/microsoft/onnxruntime/onnxruntime";

    /** One loader per jar for the whole run: a native library loads into one class loader only. */
    private static final Map<Path, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    private final Path jar;

    private OnnxRuntimeJar(Path jar) {
        this.jar = jar;
    }

    /** The version the build was made against, as {@code groupId:artifactId:version}. */
    public static String coordinates() {
        return "com.microsoft.onnxruntime:onnxruntime:" + version();
    }

    /** The jar, if present where it is looked for. */
    public static Optional<OnnxRuntimeJar> find() {
        String set = System.getProperty(JAR_PROPERTY, System.getenv("NN_ONNXRUNTIME_JAR"));
        if (set != null && !set.isBlank()) {
            Path path = Path.of(set);
            return Files.isRegularFile(path) ? Optional.of(new OnnxRuntimeJar(path)) : Optional.empty();
        }
        Path repository =
                Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
        Path path = repository.resolve(GROUP_PATH).resolve(version()).resolve("onnxruntime-" + version() + ".jar");
        return Files.isRegularFile(path) ? Optional.of(new OnnxRuntimeJar(path)) : Optional.empty();
    }

    public Path path() {
        return jar;
    }

    /** A session over {@code onnx} on {@code threads} threads; its input rows are {@code width} wide. */
    public OnnxRuntimeRunner open(Path onnx, int threads, int width) {
        try {
            ClassLoader loader = LOADERS.computeIfAbsent(jar, OnnxRuntimeJar::loaderFor);
            Class<?> type = loader.loadClass(OrtSessionRunner.class.getName());
            var constructor = type.getDeclaredConstructor(String.class, int.class, int.class);
            constructor.setAccessible(true);
            return (OnnxRuntimeRunner) constructor.newInstance(onnx.toString(), threads, width);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "ONNX Runtime could not open " + onnx + ": "
                            + Objects.requireNonNullElse(e.getCause(), e).getMessage(),
                    e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ONNX Runtime could not be loaded from " + jar + ": " + e, e);
        }
    }

    private static ClassLoader loaderFor(Path jar) {
        try {
            return new RunnerLoader(jar.toUri().toURL(), OnnxRuntimeJar.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a jar path: " + jar, e);
        }
    }

    private static String version() {
        try (InputStream in = OnnxRuntimeJar.class.getResourceAsStream("/dev/neurona/cli/version.properties")) {
            Properties properties = new Properties();
            if (in != null) properties.load(in);
            return properties.getProperty("onnxruntime", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * ONNX Runtime's classes from its jar, and {@link OrtSessionRunner} defined here from the
     * application's bytes so that it links against them; everything else, {@link
     * OnnxRuntimeRunner} included, comes from the application.
     */
    private static final class RunnerLoader extends URLClassLoader {
        private static final String RUNNER = OrtSessionRunner.class.getName();

        RunnerLoader(URL jar, ClassLoader application) {
            super(new URL[] {jar}, application);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && name.equals(RUNNER)) {
                    loaded = defineRunner();
                } else if (loaded == null && name.startsWith("ai.onnxruntime.")) {
                    loaded = findClass(name);
                }
                if (loaded == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) resolveClass(loaded);
                return loaded;
            }
        }

        private Class<?> defineRunner() throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(RUNNER.replace('.', '/') + ".class")) {
                if (in == null) throw new ClassNotFoundException(RUNNER);
                byte[] bytes = in.readAllBytes();
                return defineClass(RUNNER, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(RUNNER, e);
            }
        }
    }
}
