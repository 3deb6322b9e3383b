package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkMainTest {
    @TempDir
    Path dir;

    @Test
    void parsesTheClusterOptions() {
        SparkMain.Arguments parsed = SparkMain.parse(new String[] {
            "run", "x.nn", "--master", "local[2]", "--partitions", "4", "--sync-every", "8", "--seed", "7"
        });
        assertEquals(new SparkMain.Arguments(Path.of("x.nn"), "local[2]", 4, 8, 7L), parsed);
        assertEquals(
                new SparkMain.Arguments(Path.of("y.nn"), null, 2, 1, null),
                SparkMain.parse(new String[] {"run", "y.nn"}));
    }

    @Test
    void passesSparkSettingsThrough() {
        SparkMain.Arguments parsed = SparkMain.parse(new String[] {
            "run", "x.nn", "--conf", "spark.executor.memory=2g", "--conf", "spark.eventLog.enabled=true"
        });
        assertEquals(
                java.util.Map.of("spark.executor.memory", "2g", "spark.eventLog.enabled", "true"), parsed.settings());
        assertEquals(
                "--conf takes KEY=VALUE, e.g. spark.executor.memory=2g, not 'memory'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> SparkMain.parse(new String[] {"run", "x.nn", "--conf", "memory"}))
                        .getMessage());
    }

    @Test
    void aMasterThatCannotBeReachedIsOneSentenceInEitherLanguage() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        String master = "spark://127.0.0.1:" + port;
        ClusterException refused = assertThrows(ClusterException.class, () -> ClusterChecks.requireReachable(master));
        assertEquals(
                "cannot reach the Spark master " + master + " (nothing answers on port " + port
                        + " of 127.0.0.1): check the URL"
                        + " against the one the master printed when it started (start-master.sh), and that it is running",
                refused.getMessage());
        assertEquals(
                "no se puede conectar con el maestro de Spark " + master + " (nadie responde en el puerto " + port
                        + " de 127.0.0.1): comprueba que la URL es la que mostró el maestro al arrancar"
                        + " (start-master.sh) y que sigue en marcha",
                refused.text().in(dev.neurona.runtime.i18n.Messages.of(dev.neurona.runtime.i18n.Language.SPANISH)));
        ClusterChecks.requireReachable("local[2]"); // nothing to reach
    }

    @Test
    void everyHostOfAMasterURLIsNamedAndAPortThatIsNoNumberIsSaidSo() {
        ClusterException both = assertThrows(
                ClusterException.class,
                () -> ClusterChecks.requireReachable("spark://no-such-host.invalid:7077,127.0.0.1:99999"));
        assertEquals(
                "cannot reach the Spark master spark://no-such-host.invalid:7077,127.0.0.1:99999 (there is no host named"
                        + " no-such-host.invalid; port 99999 is not a port number): check the URL against the one the"
                        + " master printed when it started (start-master.sh), and that it is running",
                both.getMessage());
        assertEquals(
                "no se puede conectar con el maestro de Spark spark://no-such-host.invalid:7077,127.0.0.1:99999 (no hay"
                        + " ningún equipo que se llame no-such-host.invalid; 99999 no es un número de puerto válido):"
                        + " comprueba que la URL es la que mostró el maestro al arrancar (start-master.sh) y que sigue en"
                        + " marcha",
                both.text().in(dev.neurona.runtime.i18n.Messages.of(dev.neurona.runtime.i18n.Language.SPANISH)));

        ClusterException noPort =
                assertThrows(ClusterException.class, () -> ClusterChecks.requireReachable("spark://head:web"));
        assertEquals(
                "the master URL spark://head:web has no port number after 'head:'; write it as spark://HOST:PORT"
                        + " (7077 unless the master was started with another)",
                noPort.getMessage());
        assertEquals(
                "a la URL del maestro spark://head:web le falta el número de puerto después de 'head:'; escríbela como"
                        + " spark://HOST:PUERTO (el 7077, salvo que el maestro se arrancara con otro)",
                noPort.text().in(dev.neurona.runtime.i18n.Messages.of(dev.neurona.runtime.i18n.Language.SPANISH)));
    }

    @Test
    void aWrongCommandLineIsNamed() {
        assertEquals(
                "--partitions must be at least 1, not 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> SparkMain.parse(new String[] {"run", "x.nn", "--partitions", "0"}))
                        .getMessage());
        assertEquals(
                "--sync-every takes a whole number, not 'often'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> SparkMain.parse(new String[] {"run", "x.nn", "--sync-every", "often"}))
                        .getMessage());
        assertEquals(
                "unknown option '--engine'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> SparkMain.parse(new String[] {"run", "x.nn", "--engine", "spark"}))
                        .getMessage());
        assertEquals(
                "run needs a script",
                assertThrows(IllegalArgumentException.class, () -> SparkMain.parse(new String[] {"run"}))
                        .getMessage());
    }

    @Test
    void exitsWithTwoOnAWrongCommandLineAndOneWithoutAnInterpreter() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(
                2,
                SparkMain.run(
                        new String[] {"train"}, Optional.empty(), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals("error: the command is 'run'\n" + SparkMain.USAGE + "\n", err.toString(StandardCharsets.UTF_8));

        Path script = Files.writeString(dir.resolve("s.nn"), "seed 1\n");
        err.reset();
        assertEquals(
                1,
                SparkMain.run(
                        new String[] {"run", script.toString()},
                        Optional.empty(),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals(
                "error: no script interpreter is on the class path; put the Neurona language jar beside this one\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void langEsSaysItInSpanish() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String missing = dir.resolve("nada.nn").toString();
        assertEquals(
                2,
                SparkMain.run(
                        new String[] {"run", missing, "--lang", "es"},
                        Optional.empty(),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals("error: no existe el script '" + missing + "'\n", err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(
                2,
                SparkMain.run(
                        new String[] {"run", missing, "--lang", "es", "--partitions", "0"},
                        Optional.empty(),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals(
                "error: --partitions tiene que ser al menos 1, no 0\nuso: run SCRIPT.nn [--master URL] [--partitions P]"
                        + " [--sync-every K] [--seed N] [--lang en|es] [--conf CLAVE=VALOR]...\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(
                dev.neurona.runtime.i18n.Language.SPANISH,
                SparkMain.parse(new String[] {"run", "x.nn", "--lang", "es"}).language());
    }

    @Test
    void handsTheScriptAndTheEngineToTheRunner() throws IOException {
        Path script = Files.writeString(dir.resolve("s.nn"), "seed 1\n");
        AtomicReference<String> heard = new AtomicReference<>();
        ScriptRunner runner = (path, seed, cluster, engine) -> {
            heard.set(path.getFileName() + " " + seed + " " + engine.partitions() + " " + engine.syncEvery() + " "
                    + cluster.session().sparkContext().master());
            return 0;
        };
        LocalSpark.session();
        int code = SparkMain.run(
                new String[] {"run", script.toString(), "--partitions", "3", "--sync-every", "5", "--seed", "9"},
                Optional.of(runner),
                System.err);
        assertEquals(0, code);
        assertEquals("s.nn 9 3 5 local[2,2]", heard.get(), "without --master, the running session's master is used");
        assertEquals(
                false,
                LocalSpark.session().sparkContext().isStopped(),
                "a session this run did not start is left running");
    }
}
