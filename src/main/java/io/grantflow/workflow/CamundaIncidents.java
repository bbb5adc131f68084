package io.grantflow.workflow;

import io.grantflow.incidents.application.Incidents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.List;
import java.util.Optional;

/** Camunda's incidents, as the officers' API shows them. */
@ApplicationScoped
public class CamundaIncidents implements Incidents {

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Inject
    RepositoryService repositoryService;

    @Override
    public List<Incident> open(int offset, int limit) {
        return runtimeService.createIncidentQuery().orderByIncidentTimestamp().asc().listPage(offset, limit).stream()
                .map(this::view).toList();
    }

    @Override
    public long count() {
        return runtimeService.createIncidentQuery().count();
    }

    @Override
    public Optional<Incident> find(String id) {
        return Optional.ofNullable(runtimeService.createIncidentQuery().incidentId(id).singleResult()).map(this::view);
    }

    @Override
    public boolean retry(String id) {
        var incident = runtimeService.createIncidentQuery().incidentId(id).singleResult();
        if (incident == null || incident.getConfiguration() == null
                || !"failedJob".equals(incident.getIncidentType())) {
            return false;
        }
        managementService.setJobRetries(incident.getConfiguration(), 1);
        return true;
    }

    private Incident view(org.camunda.bpm.engine.runtime.Incident i) {
        ProcessInstance instance = i.getProcessInstanceId() == null ? null : runtimeService.createProcessInstanceQuery()
                .processInstanceId(i.getProcessInstanceId()).singleResult();
        String key = i.getProcessDefinitionId() == null ? null
                : repositoryService.getProcessDefinition(i.getProcessDefinitionId()).getKey();
        return new Incident(i.getId(), i.getIncidentType(), key, instance == null ? null : instance.getBusinessKey(),
                i.getActivityId(), i.getIncidentMessage(), "failedJob".equals(i.getIncidentType()) ? i.getConfiguration()
                : null, i.getIncidentTimestamp() == null ? null : i.getIncidentTimestamp().toInstant());
    }
}
