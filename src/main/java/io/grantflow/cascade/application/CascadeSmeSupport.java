package io.grantflow.cascade.application;

import io.grantflow.grants.application.SmeSupport;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;

/**
 * The support a grant's open calls paid to SMEs: what the award accounts of its applications awarded to an SME
 * (its computed category when awarded) have paid. In-kind support will count for the SME that received it once
 * the cascade has it.
 */
@ApplicationScoped
public class CascadeSmeSupport implements SmeSupport {

    @Inject
    EntityManager em;

    @Override
    public Money paidToSmes(Long grantId) {
        BigDecimal paid = (BigDecimal) em.createNativeQuery("select coalesce(sum(l.paid), 0) from grantflow.application a "
                + "join grantflow.ledger_account l on l.id = a.award_account_id where a.grant_id = ?1 "
                + "and a.awarded_as_sme").setParameter(1, grantId).getSingleResult();
        return Money.of(paid);
    }

    @Override
    public OtherSupport toOthers(Long grantId) {
        Object[] row = (Object[]) em.createNativeQuery("select coalesce(sum(l.committed), 0), coalesce(sum(l.paid), 0) "
                + "from grantflow.application a join grantflow.ledger_account l on l.id = a.award_account_id "
                + "where a.grant_id = ?1 and a.awarded_as_sme = false").setParameter(1, grantId).getSingleResult();
        return new OtherSupport(Money.of(new BigDecimal(row[0].toString())), Money.of(new BigDecimal(row[1].toString())));
    }
}
