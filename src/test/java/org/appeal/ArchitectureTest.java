package org.appeal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "org.appeal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule nothingBelowUiImportsJavaFx = noClasses()
            .that().resideInAnyPackage("org.appeal.domain..", "org.appeal.store..", "org.appeal.compose..",
                    "org.appeal.export..", "org.appeal.app..", "org.appeal.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = noClasses()
            .that().resideInAPackage("org.appeal.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.appeal.domain..", "java..");

    @ArchTest
    static final ArchRule filesUsesOnlyTheJdk = noClasses()
            .that().resideInAPackage("org.appeal.files..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.appeal.files..", "java..", "javax.imageio..");

    @ArchTest
    static final ArchRule storeAndComposeDoNotKnowEachOther = noClasses()
            .that().resideInAPackage("org.appeal.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.appeal.compose..", "org.appeal.cli..", "org.appeal.ui..");

    @ArchTest
    static final ArchRule composeDoesNotReachUp = noClasses()
            .that().resideInAPackage("org.appeal.compose..")
            .should().dependOnClassesThat().resideInAnyPackage("org.appeal.store..", "org.appeal.cli..", "org.appeal.ui..");

    @ArchTest
    static final ArchRule cliNeverImportsUi = noClasses()
            .that().resideInAPackage("org.appeal.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.appeal.ui..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.appeal.(*)..").should().beFreeOfCycles();
}
