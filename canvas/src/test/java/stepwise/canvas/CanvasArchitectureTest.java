package stepwise.canvas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Layout, the shared drawing description, the export and the palette's templates run without a display: none of them may use JavaFX. */
class CanvasArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("stepwise.canvas");

    @Test
    void layout_diagram_and_export_use_no_javafx() {
        noClasses().that().resideInAnyPackage("stepwise.canvas.layout..", "stepwise.canvas.diagram..", "stepwise.canvas.export..",
                        "stepwise.canvas.palette..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void the_layout_does_not_depend_on_the_views_or_the_export() {
        noClasses().that().resideInAPackage("stepwise.canvas.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("stepwise.canvas.view..", "stepwise.canvas.export..",
                        "stepwise.canvas.gesture..", "java.awt..")
                .check(classes);
    }
}
