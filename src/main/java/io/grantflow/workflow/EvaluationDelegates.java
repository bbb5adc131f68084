package io.grantflow.workflow;

import io.grantflow.evaluation.application.ConsensusService;
import io.grantflow.evaluation.application.EvaluationFollowUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service tasks of proposal-evaluation.bpmn; each is idempotent (a retried job changes nothing more). */
@ApplicationScoped
public class EvaluationDelegates {

    @Inject
    EvaluationFollowUp evaluation;

    @Inject
    ConsensusService consensus;

    @Produces
    @Named("remindExpert")
    JavaDelegate remindExpert() {
        return execution -> evaluation.remind(proposalId(execution), slot(execution));
    }

    @Produces
    @Named("escalateOverdueEvaluation")
    JavaDelegate escalateOverdueEvaluation() {
        return execution -> evaluation.escalate(proposalId(execution), slot(execution));
    }

    @Produces
    @Named("openConsensus")
    JavaDelegate openConsensus() {
        return execution -> consensus.open(proposalId(execution));
    }

    private static Long proposalId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
    }

    private static int slot(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.LOOP_COUNTER)).intValue();
    }
}
