package dev.neurona.repl.java;

import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's local execution (snippets run in this JVM, beside the REPL's objects), except that a
 * snippet cannot end the JVM: each class JShell loads for a snippet goes through
 * {@link ExitRewriter} first, so {@code System.exit(0)} throws {@link SnippetExit} instead.
 */
final class ExitRefusingExecution implements ExecutionControlProvider {

    @Override
    public String name() {
        return "nn-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new Control();
    }

    private static final class Control extends LocalExecutionControl {
        @Override
        public void load(ClassBytecodes[] classes)
                throws ClassInstallException, NotImplementedException, EngineTerminationException {
            super.load(rewritten(classes));
        }

        @Override
        public void redefine(ClassBytecodes[] classes)
                throws ClassInstallException, NotImplementedException, EngineTerminationException {
            super.redefine(rewritten(classes));
        }

        private static ClassBytecodes[] rewritten(ClassBytecodes[] classes) {
            ClassBytecodes[] rewritten = new ClassBytecodes[classes.length];
            for (int i = 0; i < classes.length; i++) {
                rewritten[i] = new ClassBytecodes(classes[i].name(), ExitRewriter.rewrite(classes[i].bytecodes()));
            }
            return rewritten;
        }
    }
}
