package io.grantflow.workflow;

import io.grantflow.grants.application.GrantLifecycle;
import io.grantflow.grants.application.GrantSettlements;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.Map;
import java.util.Optional;

/**
 * The grant-lifecycle process: one instance per signed grant (business key = grant id). It waits for each accepted
 * report and settles its period in the accepting transaction; the final settlement closes the grant and ends it.
 * A grant signed before the process existed gets its instance when its first report is accepted.
 */
@ApplicationScoped
public class CamundaGrantLifecycle implements GrantLifecycle {

    static final String REPORT_ACCEPTED = "grant-report-accepted";
    static final String TERMINATED = "grant-terminated";

    @Inject
    RuntimeService runtimeService;

    @Inject
    GrantSettlements settlements;

    @Override
    public void started(Long grantId) {
        runtimeService.createProcessInstanceByKey(ProcessKeys.GRANT_LIFECYCLE).businessKey(String.valueOf(grantId))
                .setVariable(ProcessVariables.GRANT_ID, grantId).execute();
    }

    @Override
    public void reportAccepted(Long grantId, int period) {
        if (instance(grantId).isEmpty()) {
            started(grantId);
        }
        runtimeService.createMessageCorrelation(REPORT_ACCEPTED).processInstanceBusinessKey(String.valueOf(grantId))
                .setVariables(Map.of(ProcessVariables.PERIOD, period)).correlate();
    }

    @Override
    public void terminated(Long grantId) {
        if (instance(grantId).isPresent()) {
            runtimeService.createMessageCorrelation(TERMINATED).processInstanceBusinessKey(String.valueOf(grantId))
                    .correlate();
        }
    }

    @Override
    public Optional<String> currentStep(Long grantId) {
        return instance(grantId).map(i -> runtimeService.getActivityInstance(i.getId())).map(tree -> {
            ActivityInstance[] children = tree.getChildActivityInstances();
            return children.length == 0 ? tree.getActivityName() : children[0].getActivityName();
        });
    }

    private Optional<ProcessInstance> instance(Long grantId) {
        return Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.GRANT_LIFECYCLE).processInstanceBusinessKey(String.valueOf(grantId))
                .singleResult());
    }

    @Produces
    @Named("settleGrantPeriod")
    JavaDelegate settleGrantPeriod() {
        return execution -> {
            Long grantId = (Long) execution.getVariable(ProcessVariables.GRANT_ID);
            int period = ((Number) execution.getVariable(ProcessVariables.PERIOD)).intValue();
            settlements.settle(grantId, period);
            execution.setVariable(ProcessVariables.CLOSED,
                    Grant.<Grant>findByIdOptional(grantId).map(g -> g.is(GrantStatus.CLOSED)).orElse(false));
        };
    }
}
