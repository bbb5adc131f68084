package io.grantflow.workflow;

import io.grantflow.calls.application.CallLifecycleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.Date;

/**
 * The service tasks of {@code call-lifecycle.bpmn}: each only translates process variables into a
 * call to {@link CallLifecycleService}, which makes every step idempotent.
 */
@ApplicationScoped
public class CallLifecycleDelegates {

    @Inject
    CallLifecycleService lifecycle;

    @Produces
    @Named("openCall")
    JavaDelegate openCall() {
        return execution -> lifecycle.recordOpened(call(execution));
    }

    @Produces
    @Named("scheduleDeadline")
    JavaDelegate scheduleDeadline() {
        return execution -> execution.setVariableLocal(ProcessVariables.DEADLINE_AT,
                Date.from(lifecycle.deadline(call(execution), loopCounter(execution))));
    }

    @Produces
    @Named("closeBatch")
    JavaDelegate closeBatch() {
        return execution -> lifecycle.recordBatchClosed(call(execution), loopCounter(execution));
    }

    @Produces
    @Named("closeCall")
    JavaDelegate closeCall() {
        return execution -> lifecycle.recordClosed(call(execution));
    }

    private static int loopCounter(DelegateExecution execution) {
        return (Integer) execution.getVariable(ProcessVariables.LOOP_COUNTER);
    }

    private static String call(DelegateExecution execution) {
        return (String) execution.getVariable(ProcessVariables.CALL_IDENTIFIER);
    }
}
