package io.grantflow.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code (docs/architecture.md, docs/decisions/0008): features talk through
 * published services, aggregates own their state, HTTP stays at the edge, the engine stays in
 * workflow/, and no feature depends on itself in a circle.
 */
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

    @Test
    void httpStaysAtTheEdge() {
        noClasses().that().resideInAnyPackage("..domain..", "..application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.grantflow.shared.problem.Problem")
                .because("the domain and application layers throw DomainException with a kind; "
                        + "only shared/problem/ProblemMappers chooses the HTTP status")
                .check(classes);
    }

    @Test
    void requestAndAnswerRecordsLiveInTheApiPackages() {
        classes().that(areRecordsNamed("Request", "View"))
                .should().resideInAPackage("..api..")
                .because("a feature's request and answer records are its API's contract, in api/ (docs/decisions/0008); "
                        + "resources and page controllers pass them to the same application services")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.grantflow.(*)..").should().beFreeOfCycles()
                .because("a feature depends on another only one way; shared depends on no feature")
                .check(classes);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("io.grantflow.shared..")
                .should().dependOnClassesThat(resideInAFeature())
                .check(classes);
    }

    @Test
    void aStatusIsWrittenOnlyInsideItsOwnDomainPackage() {
        classes().should(writeStatusOnlyInTheirOwnDomainPackage())
                .because("state changes are business acts of the aggregate (Application.award, "
                        + "PaymentOrder.approve, ...), never field writes from services")
                .check(classes);
    }

    @Test
    void anEntityIsWrittenOnlyByItsOwnFeature() {
        classes().should(writeEntitiesOnlyOfTheirOwnFeature())
                .because("a feature changes another feature's state only through that feature's "
                        + "application service (docs/decisions/0008)")
                .check(classes);
    }

    private static ArchCondition<JavaClass> writeEntitiesOnlyOfTheirOwnFeature() {
        return new ArchCondition<>("write fields of entities only of their own feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaFieldAccess access : origin.getFieldAccessesFromSelf()) {
                    JavaClass target = access.getTargetOwner();
                    if (access.getAccessType() == JavaFieldAccess.AccessType.SET
                            && target.isAnnotatedWith("jakarta.persistence.Entity")
                            && !feature(target).equals(feature(origin))) {
                        events.add(SimpleConditionEvent.violated(access, origin.getFullName() + " writes "
                                + target.getSimpleName() + "." + access.getTarget().getName() + " "
                                + access.getSourceCodeLocation()));
                    }
                }
            }
        };
    }

    private static String feature(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    private static DescribedPredicate<JavaClass> resideInAFeature() {
        return DescribedPredicate.describe("reside in a feature package", c -> c.getPackageName().startsWith("io.grantflow.")
                && !c.getPackageName().startsWith("io.grantflow.shared"));
    }

    private static ArchCondition<JavaClass> writeStatusOnlyInTheirOwnDomainPackage() {
        return new ArchCondition<>("write the status of an entity only from the entity's own domain package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaFieldAccess access : origin.getFieldAccessesFromSelf()) {
                    if (access.getAccessType() != JavaFieldAccess.AccessType.SET
                            || !access.getTarget().getName().equals("status")) {
                        continue;
                    }
                    JavaClass target = access.getTargetOwner();
                    if (!target.isAnnotatedWith("jakarta.persistence.Entity")) {
                        continue; // records and views set their own components
                    }
                    String owner = target.getPackageName();
                    boolean ownDomain = owner.endsWith(".domain") && origin.getPackageName().equals(owner);
                    if (!ownDomain) {
                        events.add(SimpleConditionEvent.violated(access, describe(access)));
                    }
                }
            }
        };
    }

    private static String describe(JavaAccess<?> access) {
        return access.getOrigin().getFullName() + " writes " + access.getTargetOwner().getSimpleName() + ".status "
                + access.getSourceCodeLocation();
    }

    private static DescribedPredicate<JavaClass> areRecordsNamed(String... endings) {
        return DescribedPredicate.describe("records named *" + String.join(" or *", endings),
                c -> c.isRecord() && java.util.Arrays.stream(endings).anyMatch(e -> c.getSimpleName().endsWith(e)));
    }
}
