package io.grantflow.workflow;

import io.grantflow.payments.application.PaymentExecution;
import io.grantflow.payments.application.PaymentWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.util.Map;
import java.util.Optional;

/** The payment-approval process: one instance per order (business key = order id), and its service task. */
@ApplicationScoped
public class CamundaPaymentWorkflow implements PaymentWorkflow {

    static final String APPROVAL_TASK = "approve-payment";

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    PaymentExecution payments;

    @Override
    public void start(Long orderId) {
        runtimeService.createProcessInstanceByKey(ProcessKeys.PAYMENT_APPROVAL)
                .businessKey(String.valueOf(orderId))
                .setVariable(ProcessVariables.PAYMENT_ORDER_ID, orderId)
                .execute();
    }

    @Override
    public void decided(Long orderId, boolean approved) {
        completeApproval(orderId, approved, false);
    }

    @Override
    public void cancelled(Long orderId) {
        completeApproval(orderId, false, true); // an approved order's job ends at "cancelled" by itself
    }

    private void completeApproval(Long orderId, boolean approved, boolean cancelled) {
        Task task = taskService.createTaskQuery().processDefinitionKey(ProcessKeys.PAYMENT_APPROVAL)
                .processInstanceBusinessKey(String.valueOf(orderId)).taskDefinitionKey(APPROVAL_TASK).singleResult();
        if (task != null) {
            taskService.complete(task.getId(), Map.of(ProcessVariables.APPROVED, approved,
                    ProcessVariables.CANCELLED, cancelled));
        }
    }

    @Override
    public Optional<String> currentStep(Long orderId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.PAYMENT_APPROVAL).processInstanceBusinessKey(String.valueOf(orderId))
                .singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        ActivityInstance tree = runtimeService.getActivityInstance(instance.getId());
        if (tree == null || tree.getChildActivityInstances().length == 0) {
            return Optional.of("Execute the payment"); // the asynchronous job before the service task
        }
        ActivityInstance leaf = tree.getChildActivityInstances()[0];
        return Optional.ofNullable(leaf.getActivityName());
    }

    @Produces
    @Named("executePayment")
    JavaDelegate executePayment() {
        return execution -> {
            Long orderId = (Long) execution.getVariable(ProcessVariables.PAYMENT_ORDER_ID);
            boolean paid = payments.execute(orderId);
            execution.setVariable(ProcessVariables.PAID, paid);
            execution.setVariable(ProcessVariables.CANCELLED, !paid && payments.isCancelled(orderId));
        };
    }
}
