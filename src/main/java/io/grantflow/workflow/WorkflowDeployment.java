package io.grantflow.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.jboss.logging.Logger;

/**
 * Deploys every process of {@code bpmn/} once the engine has started. Duplicate filtering makes a
 * restart with unchanged files deploy nothing new; a changed file becomes a new version.
 */
@ApplicationScoped
public class WorkflowDeployment {

    private static final Logger LOG = Logger.getLogger(WorkflowDeployment.class);

    @Inject
    RepositoryService repositoryService;

    void deploy(@Observes CamundaEngineStartupEvent event) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name("grantflow")
                .source("grantflow")
                .enableDuplicateFiltering(true);
        for (String key : ProcessKeys.ALL) {
            builder.addClasspathResource(ProcessKeys.resource(key));
        }
        Deployment deployment = builder.deploy();
        LOG.infof("Processes %s deployed (deployment %s)", ProcessKeys.ALL, deployment.getId());
    }
}
