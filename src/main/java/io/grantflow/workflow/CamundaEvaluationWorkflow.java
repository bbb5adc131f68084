package io.grantflow.workflow;

import io.grantflow.evaluation.application.EvaluationWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Date;

/** proposal-evaluation.bpmn, called by proposal-lifecycle (both with the proposal id as business key). */
@ApplicationScoped
public class CamundaEvaluationWorkflow implements EvaluationWorkflow {

    private static final Logger LOG = Logger.getLogger(CamundaEvaluationWorkflow.class);

    static final String MSG_INDIVIDUAL_SUBMITTED = "individual-evaluation-submitted";
    static final String MSG_CONSENSUS_AGREED = "proposal-consensus-agreed";

    @Inject
    RuntimeService runtimeService;

    @Override
    public void started(Long proposalId, int expertsRequired, Instant dueAt, Instant reminderAt) {
        var result = runtimeService.createMessageCorrelation(CamundaProposalWorkflow.MSG_EVALUATION_STARTED)
                .processInstanceBusinessKey(String.valueOf(proposalId))
                .setVariable(ProcessVariables.EXPERTS_REQUIRED, expertsRequired)
                .setVariable(ProcessVariables.DUE_AT, Date.from(dueAt))
                .setVariable(ProcessVariables.REMINDER_AT, Date.from(reminderAt))
                .correlateAllWithResult();
        if (result.isEmpty()) {
            LOG.warnf("Proposal %d: no proposal-lifecycle instance waits for the evaluation", proposalId);
        }
    }

    @Override
    public void individualSubmitted(Long proposalId, int slot) {
        runtimeService.createMessageCorrelation(MSG_INDIVIDUAL_SUBMITTED)
                .processInstanceBusinessKey(String.valueOf(proposalId))
                .localVariableEquals(ProcessVariables.SLOT, slot)
                .correlateAll();
    }

    @Override
    public void consensusAgreed(Long proposalId) {
        runtimeService.createMessageCorrelation(MSG_CONSENSUS_AGREED)
                .processInstanceBusinessKey(String.valueOf(proposalId))
                .correlateAll();
    }
}
