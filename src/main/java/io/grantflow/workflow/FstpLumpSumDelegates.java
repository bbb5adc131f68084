package io.grantflow.workflow;

import io.grantflow.cascade.application.ApplicationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.Date;

/** The service tasks of fstp-lump-sum.bpmn: thin calls into the application service, each idempotent. */
@ApplicationScoped
public class FstpLumpSumDelegates {

    @Inject
    ApplicationService applications;

    @Produces
    @Named("checkApplication")
    JavaDelegate checkApplication() {
        return execution -> execution.setVariable(ProcessVariables.PASSED, applications.check(id(execution)));
    }

    @Produces
    @Named("awardApplication")
    JavaDelegate awardApplication() {
        return execution -> {
            ApplicationService.AwardResult result = applications.award(id(execution));
            execution.setVariable(ProcessVariables.AWARDED, result.awarded());
            execution.setVariable(ProcessVariables.WAITLISTED, result.waitlisted());
            if (result.awarded()) {
                execution.setVariable(ProcessVariables.REPORT_DUE_AT, Date.from(result.dueAt()));
                execution.setVariable(ProcessVariables.REMINDER_AT, Date.from(result.reminderAt()));
            }
        };
    }

    @Produces
    @Named("orderFirstTranche")
    JavaDelegate orderFirstTranche() {
        return execution -> applications.orderFirstTranche(id(execution));
    }

    @Produces
    @Named("remindReport")
    JavaDelegate remindReport() {
        return execution -> applications.remindReport(id(execution));
    }

    @Produces
    @Named("markReportOverdue")
    JavaDelegate markReportOverdue() {
        return execution -> applications.markOverdue(id(execution));
    }

    @Produces
    @Named("orderBalance")
    JavaDelegate orderBalance() {
        return execution -> applications.orderBalance(id(execution));
    }

    @Produces
    @Named("releaseAward")
    JavaDelegate releaseAward() {
        return execution -> applications.release(id(execution));
    }

    private static Long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.APPLICATION_ID)).longValue();
    }
}
