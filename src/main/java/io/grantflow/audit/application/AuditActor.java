package io.grantflow.audit.application;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;

/**
 * Tells the database who acts in each transaction that Quarkus begins (the transaction-local
 * setting {@code grantflow.actor} the audit trigger records): the authenticated user of the request,
 * or {@code system}. Transactions begun by the workflow engine's job executor do not pass here; the
 * trigger records them as {@code system} too.
 */
@ApplicationScoped
public class AuditActor {

    public static final String SYSTEM = "system";

    @Inject
    EntityManager em;

    @Inject
    CurrentIdentityAssociation identities;

    void onBegin(@Observes @Initialized(TransactionScoped.class) Object event) {
        em.createNativeQuery("select set_config('grantflow.actor', ?1, true)").setParameter(1, actor()).getSingleResult();
    }

    private String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try {
            SecurityIdentity identity = identities.getIdentity();
            return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
        } catch (RuntimeException e) {
            return SYSTEM;
        }
    }
}
