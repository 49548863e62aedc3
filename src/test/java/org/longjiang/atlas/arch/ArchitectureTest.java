package org.longjiang.atlas.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.stream.Stream;

/** The layering rules of docs/architecture.md: core by concern, app by feature, no package cycles. */
@AnalyzeClasses(packages = "org.longjiang.atlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String ROOT = "org.longjiang.atlas";
    /** The window's features: each depends on the state, the shared UI package and the core only. */
    static final List<String> FEATURES =
            List.of("map", "detail", "timeline", "presentation", "export", "search", "problems");

    /** The rules below would pass vacuously if the packages they speak of were not imported. */
    @ArchTest
    static void theRulesSeeEveryLayer(JavaClasses all) {
        assertTrue(
                all.stream().filter(c -> c.getPackageName().contains(".core.")).count() > 30, "core classes");
        for (String p : Stream.concat(FEATURES.stream(), Stream.of("state", "ui", "cli"))
                .toList()) {
            assertTrue(all.stream().anyMatch(c -> c.getPackageName().equals(ROOT + ".app." + p)), "app." + p);
        }
    }

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreHasNoUi = noClasses()
            .that()
            .resideInAPackage("..core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.gluonhq..", "org.controlsfx..", "..app..", "..bench..");

    @ArchTest
    static final ArchRule modelIsPlainJdk = noClasses()
            .that()
            .resideInAPackage("..core.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..", "java.awt..");

    @ArchTest
    static final ArchRule stateDependsOnTheCoreOnly = classes()
            .that()
            .resideInAPackage("..app.state..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javafx.beans..", "javafx.collections..", "..core..", "..app.state..");

    @ArchTest
    static final ArchRule sharedUiIsALeaf = noClasses()
            .that()
            .resideInAPackage("..app.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(appPackagesExcept("ui"));

    /** The start-up benchmark's floor is a bare Gluon {@code MapView}, so the bench may use Gluon too. */
    @ArchTest
    static final ArchRule onlyTheMapFeatureUsesGluon = noClasses()
            .that()
            .resideOutsideOfPackages("..app.map..", "..bench..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.gluonhq..");

    @ArchTest
    static final ArchRule standardStreamsOnlyOnTheCommandLine = noClasses()
            .that()
            .resideOutsideOfPackages("..app.cli..", "..bench..")
            .and()
            .doNotHaveFullyQualifiedName(ROOT + ".Launcher")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    @ArchTest
    static final ArchRule featuresTalkThroughTheState = featuresOnlyUseStateUiAndCore();

    private static ArchRule featuresOnlyUseStateUiAndCore() {
        ArchRule rule = null;
        for (String f : FEATURES) {
            ArchRule r = noClasses()
                    .that()
                    .resideInAPackage("..app." + f + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(appPackagesExcept(f, "state", "ui"))
                    .as("app." + f + " depends only on app.state, app.ui and the core");
            rule = rule == null ? r : CompositeArchRule.of(rule).and(r);
        }
        return rule;
    }

    /** Every app package (the composition root, the command line, the features, the bench) but these. */
    private static String[] appPackagesExcept(String... allowed) {
        List<String> keep = List.of(allowed);
        Stream<String> all = Stream.concat(
                Stream.concat(FEATURES.stream(), Stream.of("state", "ui", "cli"))
                        .map(p -> ROOT + ".app." + p + ".."),
                Stream.of(ROOT + ".app", ROOT + ".bench.."));
        return all.filter(p -> keep.stream().noneMatch(k -> p.equals(ROOT + ".app." + k + "..")))
                .toArray(String[]::new);
    }
}
