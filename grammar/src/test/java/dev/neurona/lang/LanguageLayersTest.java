package dev.neurona.lang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Parse, then check and compile to plans, then run: each layer knows only the ones before it. */
class LanguageLayersTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.neurona.lang");

    @Test
    void plansHoldNoCheckerAndNoInterpreter() {
        noClasses()
                .that()
                .resideInAPackage("dev.neurona.lang.plan..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.neurona.lang.check..", "dev.neurona.lang.interp..", "dev.neurona.lang.syntax..")
                .check(classes);
    }

    @Test
    void theCheckerNeitherParsesNorRuns() {
        noClasses()
                .that()
                .resideInAPackage("dev.neurona.lang.check..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.neurona.lang.interp..", "dev.neurona.lang.syntax..")
                .check(classes);
    }
}
