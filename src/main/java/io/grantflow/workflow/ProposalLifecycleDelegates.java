package io.grantflow.workflow;

import io.grantflow.proposals.application.ProposalEligibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service task of {@code proposal-lifecycle.bpmn}: the re-check after the deadline. */
@ApplicationScoped
public class ProposalLifecycleDelegates {

    @Inject
    ProposalEligibility proposals;

    @Produces
    @Named("recheckEligibility")
    JavaDelegate recheckEligibility() {
        return execution -> execution.setVariable(ProcessVariables.ELIGIBLE,
                proposals.recheckAfterDeadline((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID)));
    }
}
