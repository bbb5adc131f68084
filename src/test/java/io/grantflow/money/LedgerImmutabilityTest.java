package io.grantflow.money;

import io.grantflow.support.MoneyFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ledger entries can be neither changed nor removed, whatever SQL is sent. */
@QuarkusTest
class LedgerImmutabilityTest {

    @Inject
    EntityManager em;

    @Test
    void updateDeleteAndTruncateOfTransfersFail() {
        MoneyFixtures.publishedCall("1000.00");
        long count = QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from grantflow.ledger_transfer").getSingleResult()).longValue());
        assertThat(count).isPositive();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update grantflow.ledger_transfer set amount = amount + 1").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from grantflow.ledger_transfer").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("truncate grantflow.ledger_transfer cascade").executeUpdate()))
                .hasStackTraceContaining("append-only");

        long after = QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from grantflow.ledger_transfer").getSingleResult()).longValue());
        assertThat(after).isGreaterThanOrEqualTo(count);
    }

    @Test
    void summariesCannotBreakTheInvariantsEvenBySql() {
        long account = MoneyFixtures.commitment(MoneyFixtures.publishedCall("1000.00"), "600.00");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update grantflow.ledger_account set paid = committed + 1 where id = " + account)
                        .executeUpdate()))
                .hasStackTraceContaining("ledger_account_amounts");
    }
}
