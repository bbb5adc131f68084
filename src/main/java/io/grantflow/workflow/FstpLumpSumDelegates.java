package io.grantflow.workflow;

import io.grantflow.cascade.application.ApplicationAward;
import io.grantflow.cascade.application.ApplicationFollowUp;
import io.grantflow.cascade.application.ApplicationTranches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.Date;

/** The service tasks of fstp-lump-sum.bpmn: thin calls into the cascade application services, each idempotent. */
@ApplicationScoped
public class FstpLumpSumDelegates {

    @Inject
    ApplicationAward award;

    @Inject
    ApplicationTranches tranches;

    @Inject
    ApplicationFollowUp followUp;

    @Produces
    @Named("checkApplication")
    JavaDelegate checkApplication() {
        return execution -> execution.setVariable(ProcessVariables.PASSED, award.check(id(execution)));
    }

    @Produces
    @Named("awardApplication")
    JavaDelegate awardApplication() {
        return execution -> {
            ApplicationAward.AwardResult result = award.award(id(execution));
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
        return execution -> tranches.orderFirstTranche(id(execution));
    }

    @Produces
    @Named("remindReport")
    JavaDelegate remindReport() {
        return execution -> followUp.remindReport(id(execution));
    }

    @Produces
    @Named("markReportOverdue")
    JavaDelegate markReportOverdue() {
        return execution -> followUp.markOverdue(id(execution));
    }

    @Produces
    @Named("orderBalance")
    JavaDelegate orderBalance() {
        return execution -> tranches.orderBalance(id(execution));
    }

    @Produces
    @Named("releaseAward")
    JavaDelegate releaseAward() {
        return execution -> tranches.release(id(execution));
    }

    private static Long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.APPLICATION_ID)).longValue();
    }
}
