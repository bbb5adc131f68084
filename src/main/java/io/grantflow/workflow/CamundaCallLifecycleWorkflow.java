package io.grantflow.workflow;

import io.grantflow.calls.application.CallLifecycleWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

import java.time.Instant;
import java.util.Date;

/** Starts the call-lifecycle process; at most one runs per call (business key = call identifier). */
@ApplicationScoped
public class CamundaCallLifecycleWorkflow implements CallLifecycleWorkflow {

    @Inject
    RuntimeService runtimeService;

    @Override
    public void start(String callIdentifier, Instant opensAt, int deadlineCount) {
        if (isRunning(callIdentifier)) {
            return;
        }
        runtimeService.createProcessInstanceByKey(ProcessKeys.CALL_LIFECYCLE)
                .businessKey(callIdentifier)
                .setVariable(ProcessVariables.CALL_IDENTIFIER, callIdentifier)
                .setVariable(ProcessVariables.OPENS_AT, Date.from(opensAt))
                .setVariable(ProcessVariables.DEADLINE_COUNT, deadlineCount)
                .execute();
    }

    @Override
    public boolean isRunning(String callIdentifier) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.CALL_LIFECYCLE)
                .processInstanceBusinessKey(callIdentifier)
                .count() > 0;
    }
}
