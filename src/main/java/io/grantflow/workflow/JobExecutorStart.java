package io.grantflow.workflow;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.jboss.logging.Logger;

/**
 * Starts the engine's job executor once the application has started, not while the engine is built.
 * Built with the engine ({@code job-executor-activate} true), it began executing jobs left due by an
 * earlier run while Hibernate ORM was still starting; a delegate reaching for the persistence unit on
 * a job thread then raced its start-up and the application failed to start ("recordedState is null",
 * seen on a loaded machine when a restart found due jobs). {@code job-executor-activate=false} keeps
 * it idle until here; the extension's shutdown task stops it as before. While the demo's first load
 * replays its history in the background (it moves the engine's clock), the executor waits for the load
 * to end ({@link io.grantflow.demo.HistoryWorkflow#resumeJobs()}).
 */
@ApplicationScoped
public class JobExecutorStart {

    private static final Logger LOG = Logger.getLogger(JobExecutorStart.class);

    @Inject
    ProcessEngine engine;

    @Inject
    io.grantflow.demo.DemoLoading demo;

    void start(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.LIBRARY_AFTER + 1000) StartupEvent event) {
        if (demo.inProgress()) {
            LOG.info("Job executor waits for the demo data to be loaded");
            return;
        }
        start();
    }

    /** Starts the job executor unless it runs. */
    synchronized void start() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (!executor.isActive()) {
            executor.start();
            LOG.info("Job executor started");
        }
    }
}
