package io.grantflow.workflow;

import io.grantflow.demo.HistoryWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Demo history replay on Camunda: {@link ClockUtil} is the engine's clock (timers, due dates, the job
 * executor's view of what is due). The jobs are created and run in the demo loader's one transaction,
 * so the job executor, which sees only committed jobs, never races the replay for them.
 */
@ApplicationScoped
public class CamundaHistoryWorkflow implements HistoryWorkflow {

    /** A guard against a process that keeps making jobs due (none of ours does). */
    private static final int MAX_JOBS_PER_STEP = 10_000;

    @Inject
    ManagementService managementService;

    /**
     * Runs the jobs of processes that fell due by {@code at}. Jobs of no process are left to the job executor:
     * Camunda's history clean-up is one, and inside its batch window (01:00–05:00) it reschedules itself due
     * at once after each run, so running it here would never end (a demo loaded in the window failed so).
     */
    @Override
    public int catchUp(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        int ran = 0;
        while (true) {
            List<Job> due = managementService.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 100)
                    .stream().filter(job -> job.getProcessInstanceId() != null).toList();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
                if (++ran > MAX_JOBS_PER_STEP) {
                    throw new IllegalStateException("more than " + MAX_JOBS_PER_STEP + " jobs fell due at " + at
                            + "; the last: process " + job.getProcessDefinitionKey() + ", due " + job.getDuedate());
                }
            }
        }
    }

    @Inject
    JobExecutorStart jobExecutor;

    @Override
    public void realTime() {
        ClockUtil.reset();
    }

    @Override
    public void resumeJobs() {
        jobExecutor.start();
    }
}
