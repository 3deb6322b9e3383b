package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

class NnTest {
    private final NnHarness nn = new NnHarness();

    @Test
    void helpListsTheCommandsOnStandardOutput() {
        assertEquals(0, nn.run("--help"));
        assertTrue(nn.out().startsWith("Usage: nn"), nn.out());
        for (String command : new String[] {"run", "check", "data"}) {
            assertTrue(nn.out().contains("\n  " + command + " "), command + " missing from\n" + nn.out());
        }
        assertEquals("", nn.err());
    }

    @Test
    void subcommandHelpShowsItsOptions() {
        assertEquals(0, nn.run("run", "--help"));
        assertTrue(nn.out().contains("--seed=N"), nn.out());
        assertTrue(nn.out().contains("--threads=N"), nn.out());
        assertTrue(nn.out().contains("--quiet"), nn.out());
    }

    @Test
    void runAndReplShareTheSettingsOfARun() {
        for (String command : new String[] {"run", "repl"}) {
            NnHarness help = new NnHarness();
            assertEquals(0, help.run(command, "--help"));
            for (String option : new String[] {"--seed=N", "--threads=N", "--quiet", "--lang=LANG"}) {
                assertTrue(help.out().contains(option), command + " --help lacks " + option + ":\n" + help.out());
            }
            assertTrue(help.out().contains("Replace every seed the script sets."), help.out());

            NnHarness threads = new NnHarness();
            assertEquals(2, threads.run(command, "--threads", "-2", "x.nn"));
            assertTrue(
                    threads.err().startsWith("nn: --threads must be 0 (one per core) or more, not -2"), threads.err());

            NnHarness lang = new NnHarness();
            assertEquals(2, lang.run(command, "--lang", "fr", "x.nn"));
            assertTrue(lang.err().startsWith("nn: --lang: unknown language 'fr'"), lang.err());
            assertTrue(lang.err().contains("Try 'nn " + command + " --help'"), lang.err());
        }
    }

    @Test
    void versionNamesTheBuildAndTheJava() {
        assertEquals(0, nn.run("--version"));
        assertTrue(nn.out().matches("(?s)nn \\(Neurona\\) \\d+\\.\\d+\\.\\d+.*\\RJava .*"), nn.out());
    }

    @Test
    void unknownCommandIsAUsageErrorWithAHint() {
        assertEquals(2, nn.run("frobnicate", "x.nn"));
        assertEquals(
                "nn: unknown command 'frobnicate'" + System.lineSeparator() + "Try 'nn --help' for more information."
                        + System.lineSeparator(),
                nn.err());
        assertEquals("", nn.out());
    }

    @Test
    void mistypedCommandGetsASuggestion() {
        assertEquals(2, nn.run("rnu", "x.nn"));
        assertTrue(nn.err().startsWith("nn: unknown command 'rnu'; did you mean 'run'?"), nn.err());
        assertEquals(2, nn.run("data", "lsit"));
        assertTrue(nn.err().contains("nn: unknown command 'lsit'; did you mean 'list'?"), nn.err());
        assertTrue(nn.err().contains("Try 'nn data --help'"), nn.err());
    }

    @Test
    void unknownOptionNamesItAndSuggestsTheNearest() {
        assertEquals(2, nn.run("run", "--sed", "3", "x.nn"));
        assertTrue(nn.err().startsWith("nn: unknown option '--sed'"), nn.err());
        assertTrue(nn.err().contains("--seed"), nn.err());
        assertNoStackTrace(nn.err());
    }

    @Test
    void missingScriptArgumentIsAUsageError() {
        assertEquals(2, nn.run("run"));
        assertTrue(nn.err().startsWith("nn: Missing required parameter: 'FILE.nn'"), nn.err());
        assertTrue(nn.err().contains("Try 'nn run --help'"), nn.err());
    }

    @Test
    void scriptThatDoesNotExistIsAScriptError() {
        assertEquals(2, nn.run("run", "nope.nn"));
        assertEquals("nn: no such script 'nope.nn'" + System.lineSeparator(), nn.err());
    }

    @Test
    void checkOfAScriptThatDoesNotExistIsAScriptError() {
        assertEquals(2, nn.run("check", "nope.nn"));
        assertEquals("nn: no such script 'nope.nn'" + System.lineSeparator(), nn.err());
    }

    @Test
    void folderIsNotAScript(@TempDir Path folder) {
        assertEquals(2, nn.run("run", folder.toString()));
        assertEquals("nn: '" + folder + "' is a folder, not a script" + System.lineSeparator(), nn.err());
    }

    @Test
    void badNumbersAreUsageErrors() {
        assertEquals(2, nn.run("run", "--threads", "-1", "x.nn"));
        assertTrue(nn.err().contains("nn: --threads must be 0 (one per core) or more, not -1"), nn.err());
        assertEquals(2, nn.run("run", "--seed", "seven", "x.nn"));
        assertTrue(nn.err().contains("'seven' is not a whole number"), nn.err());
        assertNoStackTrace(nn.err());
    }

    @Test
    void noCommandShowsTheUsageAsAnError() {
        assertEquals(2, nn.run());
        assertTrue(nn.err().startsWith("nn: missing command"), nn.err());
        assertTrue(nn.err().contains("Usage: nn"), nn.err());
        assertEquals(2, nn.run("data"));
        assertTrue(nn.err().contains("Usage: nn data"), nn.err());
    }

    @Test
    void unexpectedExceptionIsOneLineAndExitCodeOne() {
        assertEquals(
                1, nn.runWith("boom", new Boom(new IllegalStateException("the flux capacitor\nis empty")), "boom"));
        assertEquals("nn: internal error: IllegalStateException: the flux capacitor is empty", firstLine(nn.err()));
        assertTrue(nn.err().contains("NN_DEBUG=1"), nn.err());
        assertNoStackTrace(nn.err());
    }

    @Test
    void debugVariableAddsTheStackTrace() {
        nn.env("NN_DEBUG", "1");
        assertEquals(1, nn.runWith("boom", new Boom(new IllegalStateException("bad")), "boom"));
        assertTrue(
                nn.err().contains("java.lang.IllegalStateException: bad" + System.lineSeparator() + "\tat "), nn.err());
    }

    @Test
    void errorsOutsidePicocliAreReportedToo() {
        assertEquals(1, nn.runWith("boom", new Boom(new StackOverflowError()), "boom"));
        assertEquals("nn: internal error: StackOverflowError", firstLine(nn.err()));
        assertEquals(1, nn.runWith("boom", new Boom(new OutOfMemoryError("Java heap space")), "boom"));
        assertTrue(nn.err().contains("nn: out of memory"), nn.err());
        assertNoStackTrace(nn.err());
    }

    @Test
    void theInternalErrorReportSpeaksTheLanguageOfTheEnvironment() {
        nn.env("LANG", "es_ES.UTF-8");
        assertEquals(1, nn.runWith("boom", new Boom(new IllegalStateException("x")), "boom"));
        assertEquals("nn: error interno: IllegalStateException: x", firstLine(nn.err()));
        assertTrue(nn.err().contains("Es un fallo de Neurona"), nn.err());
        assertEquals(1, nn.runWith("boom", new Boom(new OutOfMemoryError("Java heap space")), "boom"));
        assertTrue(nn.err().contains("nn: no queda memoria"), nn.err());
        assertEquals(java.util.Set.of(), SpanishThroughoutTest.english(nn.err()), nn.err());
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat "), text);
        assertFalse(text.contains("Exception in"), text);
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final Throwable problem;

        Boom(Throwable problem) {
            this.problem = problem;
        }

        @Override
        public Integer call() throws Exception {
            if (problem instanceof Error error) {
                throw error;
            }
            throw (Exception) problem;
        }
    }
}
