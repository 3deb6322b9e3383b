package dev.neurona.lang;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.neurona.lang.check.CheckResult;
import dev.neurona.lang.check.Checker;
import dev.neurona.lang.check.DataSymbol;
import dev.neurona.lang.check.FitRules;
import dev.neurona.lang.check.ModelInfo;
import dev.neurona.lang.check.ModelSymbol;
import dev.neurona.lang.check.Scope;
import dev.neurona.lang.check.Symbol;
import dev.neurona.lang.check.UnparsedDefinitions;
import dev.neurona.lang.check.value.Numbers;
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

    /**
     * The interpreter meets the checker only at its front: the checker itself and its result, the
     * scope of names it checks against (with the symbols in it), what it knows of data before
     * loading it ({@code facts}), whether a model fits a data set, and how numbers are written.
     * The checks of statements, option tables, layer lines and word families are the checker's
     * own business; the interpreter runs plans, never half-checked syntax.
     */
    @Test
    void theInterpreterDoesNotReachIntoTheCheckersInternals() {
        noClasses()
                .that()
                .resideInAPackage("dev.neurona.lang.interp..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.neurona.lang.check..")
                        .and(not(resideInAPackage("dev.neurona.lang.check.facts..")))
                        .and(not(belongToAnyOf(
                                Checker.class,
                                CheckResult.class,
                                Scope.class,
                                Symbol.class,
                                DataSymbol.class,
                                ModelSymbol.class,
                                ModelInfo.class,
                                UnparsedDefinitions.class,
                                FitRules.class,
                                Numbers.class))))
                .check(classes);
    }
}
