package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.grants.domain.Grant;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.payments.domain.PaymentStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * ClusterXchange pays an exchange's lump sum within 10 days of the accepted closing report
 * ({@link Application#EXCHANGE_PAYMENT_PERIOD}). When that due date has passed and the balance order is not paid,
 * EXCHANGE_PAYMENT_OVERDUE reaches the members of the grant's coordinator, each once per application (once-key
 * {@code exchange-payment-overdue:{application}:{person}}), so repeated scans on any node write each notice once.
 */
@ApplicationScoped
public class ExchangePaymentEscalations {

    private static final Logger LOG = Logger.getLogger(ExchangePaymentEscalations.class);

    /** Closed exchanges whose payment was due before ?1 and whose balance order is not paid. */
    private static final String DUE = """
            select a.id from grantflow.application a
              join grantflow.payment_order o on o.id = a.balance_order_id
             where a.payment_due_at < ?1 and o.status <> 'PAID'
             order by a.payment_due_at, a.id
            """;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @ConfigProperty(name = "grantflow.notifications.scanners-enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(identity = "exchange-payment-escalations", every = "${grantflow.notifications.scan-every:5m}",
            delayed = "${grantflow.mail.start-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (enabled) {
            try {
                scan();
            } catch (RuntimeException e) {
                LOG.warnf("Exchange payment escalations: %s (the next run tries again)", e.toString());
            }
        }
    }

    /** Writes the escalations due by the business clock; returns how many were written now. */
    public int scan() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(DUE)
                .setParameter(1, now).getResultList());
        int written = 0;
        for (Number id : due) {
            try {
                written += QuarkusTransaction.requiringNew().call(() -> escalate(id.longValue()));
            } catch (RuntimeException e) { // one application's failure leaves the others; the next run tries it again
                LOG.warnf("Exchange payment escalation of application %d: %s", id.longValue(), e.toString());
            }
        }
        return written;
    }

    private int escalate(long id) {
        Application a = Application.findById(id);
        PaymentOrder order = PaymentOrder.findById(a.balanceOrderId);
        if (order.status == PaymentStatus.PAID) {
            return 0; // paid since the query
        }
        Grant g = Grant.findById(a.grantId);
        NotificationParams params = NotificationParams.of().text("application", a.id)
                .text("openCall", OpenCall.<OpenCall>findById(a.openCallId).title).text("visitor", a.visitorName)
                .text("organisation", Organisation.<Organisation>findById(a.organisationId).legalName)
                .money("amount", order.amount).instant("paymentDue", a.paymentDueAt).text("order", order.id);
        int written = 0;
        for (String member : OrganisationMember.usersOf(g.coordinatorId)) {
            if (notifications.once(member, NotificationKind.EXCHANGE_PAYMENT_OVERDUE, params, "payment-order:" + order.id,
                    "exchange-payment-overdue:" + a.id + ":" + member, List.of(g.coordinatorId))) {
                written++;
            }
        }
        return written;
    }
}
