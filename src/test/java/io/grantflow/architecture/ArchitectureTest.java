package io.grantflow.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The workflow engine stays inside io.grantflow.workflow, so that a move to Operaton is a small change. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.grantflow");

    @Test
    void camundaOnlyInTheWorkflowPackage() {
        noClasses().that().resideOutsideOfPackage("io.grantflow.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("the engine is isolated in the workflow package (docs/decisions/0001)")
                .check(classes);
    }

    @Test
    void domainDoesNotDependOnTheApiOrApplicationLayers() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..api..", "..application..", "jakarta.ws.rs..")
                .check(classes);
    }
}
