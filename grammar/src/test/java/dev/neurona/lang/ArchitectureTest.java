package dev.neurona.lang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ANTLR stays behind the NnParser facade: the syntax tree and the diagnostics never see it. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.neurona.lang");

    @Test
    void onlyTheSyntaxPackageUsesAntlr() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.neurona.lang.syntax..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.antlr..")
                .check(classes);
    }

    @Test
    void syntaxTreeAndDiagnosticsDoNotDependOnTheParser() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.neurona.lang.ast..", "dev.neurona.lang.diag..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.neurona.lang.syntax..")
                .check(classes);
    }
}
