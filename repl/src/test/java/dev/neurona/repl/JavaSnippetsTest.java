package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.repl.java.Suggestions;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java at the REPL's prompt. One REPL serves every test (a JShell takes seconds to warm up); each
 * test uses names of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaSnippetsTest {

    private ReplHarness repl;

    @BeforeAll
    void start(@TempDir Path dir) {
        TestData.pets(dir);
        repl = new ReplHarness(dir);
        repl.run("data pets = csv(\"pets.csv\") { split train 80%, test 20% }\n");
    }

    @AfterAll
    void stop() {
        repl.close();
    }

    @BeforeEach
    void forgetOutput() {
        repl.clear();
    }

    @Test
    void aValueOrExceptionMessageShowsItsControlCharactersEscaped() {
        String out = repl.run("java.util.List<String> hostile = java.util.List.of(\"a\\u001b]0;owned\\u0007b\");\n");
        repl.run("if (true) throw new IllegalStateException(\"x\\u001b[2Jy\");\n");

        assertFalse(out.contains("\u001b") || out.contains("\u0007"), out);
        assertTrue(out.contains("hostile ==> [a\\u001B]0;owned\\u0007b]"), out);
        assertFalse(repl.err().contains("\u001b"), repl.err());
        assertTrue(repl.err().contains("x\\u001B[2Jy"), repl.err());
    }

    @Test
    void valuesAndDeclarationsAreReportedAsJShellDoes() {
        String out = repl.run("""
                int count = 3;
                count * 2
                String twice(String s) { return s + s; }
                record Point(int x, int y) {}
                twice("ab")
                System.out.println("printed");
                """);
        assertTrue(out.startsWith("count ==> 3\n$"), out);
        assertTrue(out.contains(" ==> 6\ncreated method twice(String)\ncreated record Point\n"), out);
        assertTrue(out.endsWith(" ==> \"abab\"\nprinted\n"), out);
        assertEquals("", repl.err());
    }

    @Test
    void anEntryMayHoldSeveralSnippetsAndSpanLines() {
        String out = repl.run("""
                int a1 = 1; int a2 = a1 + 1;
                int sum(int... xs) {
                  int total = 0;
                  for (int x : xs) total += x;
                  return total;
                }
                sum(a1, a2,
                    3)
                """);
        assertTrue(out.startsWith("a1 ==> 1\na2 ==> 2\ncreated method sum(int...)\n$"), out);
        assertTrue(out.endsWith(" ==> 6\n"), out);
        assertEquals("", repl.err());
    }

    @Test
    void anExceptionIsOneLineAndTheSessionGoesOn() {
        repl.run("int zero = 0;\n1 / zero\n");
        assertEquals("exception java.lang.ArithmeticException: / by zero\n", repl.err());
        repl.run("pets.row(1000)\n");
        assertTrue(
                repl.err().contains("exception java.lang.ArrayIndexOutOfBoundsException")
                        || repl.err().contains("exception"),
                repl.err());
        assertTrue(repl.run("zero + 1\n").endsWith(" ==> 1\n"));
    }

    @Test
    void aCompileErrorShowsTheLineAndACaret() {
        repl.run("String s = 42;\n");
        assertEquals("""
                java:1:12: error: incompatible types: int cannot be converted to java.lang.String
                    1 | String s = 42;
                      |            ^^
                """, repl.err());
    }

    @Test
    void holesCarryJavaValuesIntoStatements() {
        repl.run("int hidden = 5;\nString name = \"pets.csv\";\ndouble[] row = {30.0, 60.0};\n");
        repl.clear();
        repl.run("""
                data again = csv(${name})
                model h { input again; dense ${hidden + 1} relu; dense 2 softmax }
                train h on again { epochs 1 }
                predict h ${row}
                """);
        assertEquals("", repl.err());
        assertEquals("$", repl.run("h.parameterCount()\n").substring(0, 1));
        assertTrue(repl.out().contains("==> 32\n"), repl.out()); // 2*6+6 + 6*2+2

        repl.clear();
        repl.run("model bad { input 2; dense ${Double.NaN} relu }\nmodel worse { input 2; dense ${nope} relu }\n");
        assertEquals("""
                ${Double.NaN} is NaN, which .nn cannot take; give a number, true or false, text, or an array or list of numbers
                java:1:1: error: cannot find symbol: variable nope
                    1 | nope
                      | ^^^^
                """, repl.err());
    }

    @Test
    void javaCommandsListWhatJavaHas() {
        repl.run("int listed = 7;\n");
        String vars = repl.run("/vars\n");
        assertTrue(vars.contains("  int listed = 7\n"), vars);
        assertTrue(vars.contains("  Dataset pets = Dataset[pets, 60 rows × 2 features, classification]\n"), vars);
        assertTrue(vars.contains("  Dataset pets_test = "), vars);
        assertTrue(repl.run("/imports\n").contains("  import dev.neurona.runtime.*;\n"));
        repl.run("/list\n");
        assertEquals(Messages.get("command.java.unknown", "/list") + "\n", repl.err());
    }

    @Test
    void aStreamedDataSetIsAnIteratorOfBatchesInJava() {
        repl.run("data flow = csv(\"pets.csv\") { stream; split a 50%, b 50% }\n");
        String out = repl.run("""
                int seen = 0;
                try (var epoch = flow.batches(7)) { while (epoch.hasNext()) seen += epoch.next().rows(); }
                seen == flow.rows()
                flow_a.rows() + flow_b.rows()
                """);
        assertEquals("", repl.err());
        assertTrue(out.contains(" ==> true\n"), out);
        assertTrue(out.endsWith(" ==> 60\n"), out);
        String vars = repl.run("/vars\n");
        assertTrue(
                vars.contains(
                        "  StreamedDataset flow = StreamedDataset[flow, 60 rows × 2 features, classification, streamed]\n"),
                vars);
    }

    @Test
    void completionComesFromJShell() {
        repl.run("String greeting = \"hello\";\n");
        Suggestions suggestions =
                repl.repl.javaSuggestions("greeting.toUpp", 14).orElseThrow();
        assertEquals(9, suggestions.anchor());
        assertTrue(suggestions.continuations().contains("toUpperCase("), suggestions.toString());
        Suggestions live = repl.repl.javaSuggestions("pets.row", 8).orElseThrow();
        assertTrue(live.continuations().contains("rows()"), live.toString());
    }

    @Test
    void unfinishedJavaAsksForMoreLines() {
        assertTrue(repl.repl.isIncomplete("int x ="));
        assertTrue(repl.repl.isIncomplete("void f() {"));
        assertTrue(repl.repl.isIncomplete("int y = 1; String z = \"a\" +"));
        assertFalse(repl.repl.isIncomplete("int x = 1;"));
        assertFalse(repl.repl.isIncomplete("x + 1"));
        assertFalse(repl.repl.isIncomplete("for (int i = 0; i < 2; i++)\n"));
    }

    @Test
    void ctrlCStopsARunningSnippet() throws Exception {
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> repl.repl.execute("while (true) { }"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!repl.repl.interrupt()) { // the entry has not reached JShell yet
            assertTrue(System.nanoTime() < deadline, "the snippet never started");
            Thread.sleep(10);
        }
        running.get(20, TimeUnit.SECONDS); // one press is enough, even while the snippet still compiled
        assertEquals(Messages.get("java.stopped") + "\n", repl.err());
        assertTrue(repl.run("40 + 2\n").endsWith(" ==> 42\n"));
    }
}
