package io.grantflow.notifications.application;

import io.grantflow.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * The programme officers to tell about what only officers watch: the people whose user record (written by the
 * users feature from the token's groups when they were last seen) holds the role {@code officer}.
 */
@ApplicationScoped
public class Officers {

    @Inject
    EntityManager em;

    /** Their handles, in order. */
    @SuppressWarnings("unchecked")
    public List<String> handles() {
        return em.createNativeQuery("select handle from grantflow.app_user where ?1 = any(roles) order by handle")
                .setParameter(1, Roles.OFFICER).getResultList();
    }
}
