package io.grantflow.payments.web;

import io.grantflow.payments.application.PaymentWaiting;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "Payments waiting for my approval", for the paying side (officers, consortium members). */
@ApplicationScoped
public class PaymentDeskSection implements DeskSection {

    @Inject
    PaymentWaiting waiting;

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        boolean officer = who.hasRole(Roles.OFFICER);
        if (!officer && !who.hasRole(Roles.APPLICANT)) {
            return Optional.empty();
        }
        PaymentDeskMessages texts = Bundles.in(PaymentDeskMessages.class, locale);
        long count = waiting.ordersToApprove(who.getPrincipal().getName(), officer).size();
        return Optional.of(new DeskCard(20, "payments", texts.title(), texts.cardSummary(), count, "/desk/payments"));
    }
}
