package io.grantflow.workflow;

import io.grantflow.proposals.application.ProposalWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The proposal-lifecycle process, one instance per proposal (business key = proposal id). */
@ApplicationScoped
public class CamundaProposalWorkflow implements ProposalWorkflow {

    static final String MSG_DEADLINE_PASSED = "proposal-deadline-passed";
    static final String MSG_WITHDRAWN = "proposal-withdrawn";
    static final String MSG_EVALUATION_STARTED = "proposal-evaluation-started";

    @Inject
    RuntimeService runtimeService;

    @Override
    public void submitted(Long proposalId, int version) {
        if (instance(proposalId).isPresent()) {
            resubmitted(proposalId, version);
            return;
        }
        runtimeService.createProcessInstanceByKey(ProcessKeys.PROPOSAL_LIFECYCLE)
                .businessKey(String.valueOf(proposalId))
                .setVariable(ProcessVariables.PROPOSAL_ID, proposalId)
                .setVariable(ProcessVariables.VERSION, version)
                .execute();
    }

    @Override
    public void resubmitted(Long proposalId, int version) {
        instance(proposalId).ifPresent(i -> runtimeService.setVariable(i.getId(), ProcessVariables.VERSION, version));
    }

    @Override
    public void deadlinePassed(Long proposalId) {
        correlate(proposalId, MSG_DEADLINE_PASSED);
    }

    @Override
    public void withdrawn(Long proposalId) {
        correlate(proposalId, MSG_WITHDRAWN);
    }

    @Override
    public Optional<String> currentStep(Long proposalId) {
        return instance(proposalId).map(i -> {
            ProcessInstance called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(i.getId())
                    .singleResult(); // the evaluation, once it runs
            ActivityInstance tree = runtimeService.getActivityInstance(called == null ? i.getId() : called.getId());
            List<String> names = new ArrayList<>();
            collectLeaves(tree, names);
            return names.isEmpty() ? null : String.join(", ", names.stream().distinct().toList());
        });
    }

    private static void collectLeaves(ActivityInstance node, List<String> names) {
        if (node == null) {
            return;
        }
        if (node.getChildActivityInstances().length == 0 && node.getParentActivityInstanceId() != null) {
            names.add(node.getActivityName() == null ? node.getActivityId() : node.getActivityName());
        }
        for (ActivityInstance child : node.getChildActivityInstances()) {
            collectLeaves(child, names);
        }
    }

    private void correlate(Long proposalId, String message) {
        if (instance(proposalId).isPresent()) {
            runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(String.valueOf(proposalId))
                    .correlateAll();
        }
    }

    private Optional<ProcessInstance> instance(Long proposalId) {
        return Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.PROPOSAL_LIFECYCLE)
                .processInstanceBusinessKey(String.valueOf(proposalId))
                .singleResult());
    }
}
