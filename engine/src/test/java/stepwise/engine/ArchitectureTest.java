package stepwise.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model and the engine run without a display: neither may use JavaFX or AWT. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("stepwise.model", "stepwise.engine");

    @Test
    void model_and_engine_import_no_javafx() {
        noClasses().that().resideInAnyPackage("stepwise.model..", "stepwise.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(classes);
    }

    @Test
    void model_does_not_depend_on_engine() {
        noClasses().that().resideInAPackage("stepwise.model..")
                .should().dependOnClassesThat().resideInAPackage("stepwise.engine..")
                .check(classes);
    }
}
