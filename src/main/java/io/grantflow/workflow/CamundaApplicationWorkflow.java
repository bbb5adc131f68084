package io.grantflow.workflow;

import io.grantflow.cascade.application.ApplicationWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** fstp-lump-sum.bpmn, one instance per application. */
@ApplicationScoped
public class CamundaApplicationWorkflow implements ApplicationWorkflow {

    static final String MSG_PROMOTED = "fstp-waitlist-promoted";
    static final String MSG_REPORT = "fstp-report-submitted";
    static final String MSG_WITHDRAWN = "fstp-application-withdrawn";

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Override
    public void submitted(Long applicationId, boolean firstComeFirstServed) {
        runtimeService.createProcessInstanceByKey(ProcessKeys.FSTP_LUMP_SUM)
                .businessKey(String.valueOf(applicationId))
                .setVariable(ProcessVariables.APPLICATION_ID, applicationId)
                .setVariable(ProcessVariables.FCFS, firstComeFirstServed)
                .execute();
    }

    @Override
    public void decided(Long applicationId, boolean approved) {
        complete(applicationId, "decision", Map.of(ProcessVariables.APPROVED, approved));
    }

    @Override
    public void promoted(Long applicationId) {
        correlate(applicationId, MSG_PROMOTED);
    }

    @Override
    public void reported(Long applicationId) {
        correlate(applicationId, MSG_REPORT);
    }

    @Override
    public void verified(Long applicationId, boolean verified, boolean mayResubmit) {
        complete(applicationId, "verification", Map.of(ProcessVariables.VERIFIED, verified,
                ProcessVariables.MAY_RESUBMIT, mayResubmit));
    }

    @Override
    public void withdrawn(Long applicationId) {
        correlate(applicationId, MSG_WITHDRAWN);
    }

    @Override
    public Optional<String> currentStep(Long applicationId) {
        return instance(applicationId).map(i -> {
            ActivityInstance tree = runtimeService.getActivityInstance(i.getId());
            List<String> names = new ArrayList<>();
            for (ActivityInstance child : tree.getChildActivityInstances()) {
                names.add(child.getActivityName() == null ? child.getActivityId() : child.getActivityName());
            }
            return names.isEmpty() ? null : String.join(", ", names);
        });
    }

    private void complete(Long applicationId, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processDefinitionKey(ProcessKeys.FSTP_LUMP_SUM)
                .processInstanceBusinessKey(String.valueOf(applicationId)).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("application " + applicationId + " has no open task " + taskKey);
        }
        taskService.complete(task.getId(), variables);
    }

    private void correlate(Long applicationId, String message) {
        runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(String.valueOf(applicationId))
                .correlateAll();
    }

    private Optional<ProcessInstance> instance(Long applicationId) {
        return Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.FSTP_LUMP_SUM)
                .processInstanceBusinessKey(String.valueOf(applicationId))
                .singleResult());
    }
}
