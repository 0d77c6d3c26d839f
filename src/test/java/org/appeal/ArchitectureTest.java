package org.appeal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of docs/architecture.md, enforced, each rule with its reason. */
@AnalyzeClasses(packages = "org.appeal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** A class of the interface that builds or shows nodes: a view, a dialog, a screen, the window. */
    private static final DescribedPredicate<JavaClass> VIEWS = new DescribedPredicate<>("views (ui classes that use javafx.scene)") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("org.appeal.ui") && c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("javafx.scene"));
        }
    };

    @ArchTest
    static final ArchRule nothingBelowUiImportsJavaFx = noClasses()
            .that().resideInAnyPackage("org.appeal.domain..", "org.appeal.store..", "org.appeal.compose..",
                    "org.appeal.export..", "org.appeal.app..", "org.appeal.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the CLI, batch export and the tests run the same services without a display, and the "
                    + "app's services are tested without the FX toolkit");

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = noClasses()
            .that().resideInAPackage("org.appeal.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.appeal.domain..", "java..")
            .because("the domain is plain records and rules that need no I/O, usable and testable anywhere");

    @ArchTest
    static final ArchRule filesUsesOnlyTheJdk = noClasses()
            .that().resideInAPackage("org.appeal.files..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.appeal.files..", "java..", "javax.imageio..")
            .because("store and compose both keep paths inside their folders through it, so it can depend on neither");

    @ArchTest
    static final ArchRule storeAndComposeDoNotKnowEachOther = noClasses()
            .that().resideInAPackage("org.appeal.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.appeal.compose..", "org.appeal.cli..", "org.appeal.ui..")
            .because("the workspace holds data and knows nothing of letters, commands or screens");

    @ArchTest
    static final ArchRule composeDoesNotReachUp = noClasses()
            .that().resideInAPackage("org.appeal.compose..")
            .should().dependOnClassesThat().resideInAnyPackage("org.appeal.store..", "org.appeal.cli..", "org.appeal.ui..")
            .because("a letter renders from records alone, the same from a workspace, a bundle or a test");

    @ArchTest
    static final ArchRule cliNeverImportsUi = noClasses()
            .that().resideInAPackage("org.appeal.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.appeal.ui..")
            .because("the CLI runs headless; only Main sees both");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.appeal.(*)..").should().beFreeOfCycles()
            .because("each layer must be understandable and testable with only the layers below it");

    @ArchTest
    static final ArchRule viewsNeverUseTheStore = noClasses()
            .that(VIEWS)
            .should().dependOnClassesThat().resideInAPackage("org.appeal.store..")
            .because("a view binds to its view-model; the workspace is reached through the session and the app's "
                    + "services, in the background (docs/architecture.md, rules 3 and 4)");

    @ArchTest
    static final ArchRule viewModelsNeverTouchNodes = noClasses()
            .that().resideInAPackage("org.appeal.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
            .because("view-models are tested without the FX toolkit, and a view can be replaced without them");

    @ArchTest
    static final ArchRule screensDoNotKnowTheShell = noClasses()
            .that().resideInAPackage("org.appeal.ui..").and().resideOutsideOfPackage("org.appeal.ui.shell..")
            .and().doNotHaveFullyQualifiedName("org.appeal.ui.AppealApp")
            .should().dependOnClassesThat().resideInAPackage("org.appeal.ui.shell..")
            .because("a screen is built from its ScreenContext and hears of other screens only through the "
                    + "campaign's changes; the shell lists screens, never the other way round");
}
