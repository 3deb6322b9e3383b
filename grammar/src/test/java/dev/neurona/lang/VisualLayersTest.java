package dev.neurona.lang;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.neurona.runtime.io.SafeWrite;
import org.junit.jupiter.api.Test;

/**
 * Pictures stay in their own package: it draws plain values and knows nothing of the engine, and
 * the chart library is used nowhere else, least of all in the runtime.
 */
class VisualLayersTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.neurona.lang", "dev.neurona.runtime");

    /** Except {@link SafeWrite}, the one way every output file is written: a file-system tool, not the engine. */
    @Test
    void picturesKnowNothingOfTheRuntimeOrTheLanguage() {
        noClasses()
                .that()
                .resideInAPackage("dev.neurona.lang.visual..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "dev.neurona.runtime..",
                                "dev.neurona.lang.interp..",
                                "dev.neurona.lang.check..",
                                "dev.neurona.lang.plan..",
                                "dev.neurona.lang.syntax..")
                        .and(not(type(SafeWrite.class))))
                .check(classes);
    }

    @Test
    void onlyThePicturesUseTheChartLibrary() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.neurona.lang.visual..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.knowm..")
                .check(classes);
    }

    @Test
    void theRuntimeDrawsNothing() {
        noClasses()
                .that()
                .resideInAPackage("dev.neurona.runtime..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.knowm..", "java.awt..", "javax.imageio..")
                .check(classes);
    }
}
