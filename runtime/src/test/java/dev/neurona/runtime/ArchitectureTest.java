package dev.neurona.runtime;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.ShapeException;
import org.junit.jupiter.api.Test;

/** The runtime stands alone: Java users embed it without the language, the REPL or a terminal. */
class ArchitectureTest {
    private final JavaClasses runtime = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.neurona.runtime");

    @Test
    void runtimeDoesNotDependOnTheLanguageOrTheTerminal() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.antlr..",
                        "dev.neurona.lang..",
                        "dev.neurona.cli..",
                        "dev.neurona.repl..",
                        "jdk.jshell..",
                        "org.jline..",
                        "picocli..")
                .check(runtime);
    }

    @Test
    void specsDoNotDependOnTheEngine() {
        // A model spec is a list of layer specs, which live beside their layers; it sees only those.
        noClasses()
                .that()
                .resideInAPackage("dev.neurona.runtime.spec..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "dev.neurona.runtime.train..",
                                "dev.neurona.runtime.linalg..",
                                "dev.neurona.runtime.optim..",
                                "dev.neurona.runtime.io..",
                                "org.ejml..")
                        .or(resideInAPackage("dev.neurona.runtime.nn..")
                                .and(not(belongToAnyOf(
                                        LayerSpec.class, LayerSpec[].class, Shape.class, ShapeException.class)))))
                .check(runtime);
    }
}
