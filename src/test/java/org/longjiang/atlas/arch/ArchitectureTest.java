package org.longjiang.atlas.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of DESIGN.md §2. */
@AnalyzeClasses(packages = "org.longjiang.atlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules below would pass vacuously if the packages they speak of were not imported. */
    @org.junit.jupiter.api.Test
    void theRulesSeeTheCoreAndTheApp() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.longjiang.atlas");
        assertTrue(
                classes.stream()
                                .filter(c -> c.getPackageName().contains(".core."))
                                .count()
                        > 30,
                "core classes imported");
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().endsWith(".app.map")), "map classes imported");
    }

    @ArchTest
    static final ArchRule coreHasNoUi = noClasses()
            .that()
            .resideInAPackage("..core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.gluonhq..", "org.controlsfx..");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheApp = noClasses()
            .that()
            .resideInAPackage("..core..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..app..");

    @ArchTest
    static final ArchRule onlyTheMapFeatureUsesGluon = noClasses()
            .that()
            .resideOutsideOfPackages("..app.map..", "..bench..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.gluonhq..");

    @ArchTest
    static final ArchRule modelIsPlainJdk = noClasses()
            .that()
            .resideInAPackage("..core.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..", "java.awt..");

    @ArchTest
    static final ArchRule detailPanelDoesNotCallOtherFeatures = noClasses()
            .that()
            .resideInAPackage("..app.detail..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..app.map..", "..app.export..", "..app.problems..", "..app.search..");

    @ArchTest
    static final ArchRule searchDoesNotCallOtherFeatures = noClasses()
            .that()
            .resideInAPackage("..app.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..app.map..", "..app.detail..", "..app.export..");

    @ArchTest
    static final ArchRule mapDoesNotCallOtherFeatures = noClasses()
            .that()
            .resideInAPackage("..app.map..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..app.detail..", "..app.export..", "..app.problems..");
}
