package dev.neurona.runtime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The runtime stands alone: Java users embed it without the language, the REPL or a terminal. */
class ArchitectureTest {
    private final JavaClasses runtime = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.neurona.runtime");

    @Test
    void runtimeDoesNotDependOnTheLanguageOrTheTerminal() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.antlr..", "dev.neurona.lang..", "dev.neurona.cli..", "dev.neurona.repl..",
                        "jdk.jshell..", "org.jline..", "picocli..")
                .check(runtime);
    }

    @Test
    void specsDoNotDependOnTheEngine() {
        noClasses().that().resideInAPackage("dev.neurona.runtime.spec..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.neurona.runtime.nn..", "dev.neurona.runtime.train..", "dev.neurona.runtime.linalg..",
                        "dev.neurona.runtime.optim..", "dev.neurona.runtime.io..", "org.ejml..")
                .check(runtime);
    }
}
