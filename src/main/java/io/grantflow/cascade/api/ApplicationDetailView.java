package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.ApplicantAction;
import io.grantflow.cascade.domain.NextStep;

import java.util.List;

/**
 * An application as its page shows it ({@code /my/applications/{id}}): the application as the API shows it, the
 * open call's title, the ClusterXchange host's name (null for other instruments), what comes next and the acts
 * the reader may take now (none unless the reader is a member of the applying organisation).
 */
public record ApplicationDetailView(ApplicationView application, String openCallTitle, String hostName, NextStep next,
                                    List<ApplicantAction> actions) {
}
