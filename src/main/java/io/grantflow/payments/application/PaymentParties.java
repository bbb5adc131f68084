package io.grantflow.payments.application;

import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.payments.domain.PaymentOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who stands on which side of an order on an account: the paying side, whose members decide it,
 * and the payee, whose members never do.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PaymentParties {

    /** The violation (and 403 problem) code when someone would decide an order that pays their own organisation. */
    public static final String OWN_APPLICATION = "own_application";

    @Inject
    io.grantflow.notifications.application.Officers officers;

    @Inject
    EntityManager em;

    /**
     * Who decides an order: orders paid out of a grant's FSTP envelope (to third parties) belong to
     * the grant's consortium, whose members decide them; all others to the programme's officers.
     */
    public record PayingSide(List<Long> consortium) {
        public boolean includes(String user, boolean officer) {
            return consortium == null ? officer : OrganisationMember.isMemberOfAny(user, consortium);
        }

        public String describe() {
            return consortium == null ? "a second programme officer" : "a second member of the grant's consortium";
        }
    }

    /**
     * The organisations an order on an account pays, whose members never decide it: the account's
     * payee (the SME of an award, the payee of a commitment, a grant's coordinator) and, for a
     * grant, every beneficiary of its consortium.
     */
    public record Payee(Set<Long> organisations) {
        public boolean includes(String user) {
            return OrganisationMember.isMemberOfAny(user, organisations);
        }
    }

    public Payee payee(Long accountId) {
        LedgerAccount a = em.find(LedgerAccount.class, accountId);
        Set<Long> organisations = new LinkedHashSet<>();
        if (a.payeeOrganisationId != null) {
            organisations.add(a.payeeOrganisationId);
        }
        if (a.kind == AccountKind.GRANT) {
            for (Long[] beneficiaries : em.createQuery("select g.beneficiaries from Grant g where g.accountId = :a",
                    Long[].class).setParameter("a", a.id).getResultList()) {
                organisations.addAll(Arrays.asList(beneficiaries));
            }
        }
        return new Payee(organisations);
    }

    public PayingSide payingSide(Long accountId) {
        LedgerAccount a = em.find(LedgerAccount.class, accountId);
        while (a.parentId != null) {
            a = em.find(LedgerAccount.class, a.parentId);
        }
        if (a.kind != AccountKind.FSTP_ENVELOPE) {
            return new PayingSide(null);
        }
        List<Long[]> rows = em.createQuery("select g.beneficiaries from Grant g where g.envelopeAccountId = :e", Long[].class)
                .setParameter("e", a.id).getResultList();
        return new PayingSide(rows.isEmpty() ? List.of() : Arrays.asList(rows.get(0)));
    }

    /** Whether {@code user} decides orders on the account: of its paying side, and not paid by the order. */
    public boolean decides(Long accountId, String user, boolean officer) {
        return decides(payingSide(accountId), payee(accountId), user, officer);
    }

    private static boolean decides(PayingSide side, Payee payee, String user, boolean officer) {
        return side.includes(user, officer) && !payee.includes(user);
    }

    /**
     * Everyone who may approve the order, as far as they can be listed: the members of a consortium's
     * organisations who {@link #decides decide} it and did not initiate it (four eyes); for an order the programme
     * pays, the officers (as their user records last saw their roles) who decide it and did not initiate it.
     */
    public List<String> approvers(PaymentOrder order) {
        PayingSide side = payingSide(order.accountId);
        if (side.consortium() == null) {
            // the programme pays: any officer but the initiator decides (officers as their user records last saw them)
            Payee payee = payee(order.accountId);
            return officers.handles().stream().filter(u -> decides(side, payee, u, true) && order.mayBeDecidedBy(u)).toList();
        }
        Payee payee = payee(order.accountId);
        Set<String> members = new LinkedHashSet<>();
        side.consortium().forEach(o -> members.addAll(OrganisationMember.usersOf(o)));
        return members.stream().filter(u -> decides(side, payee, u, false) && order.mayBeDecidedBy(u)).toList();
    }

    /** The organisations an order concerns: the side that decides it (a consortium's) and the side it pays. */
    public Set<Long> concerned(Long accountId) {
        Set<Long> organisations = new LinkedHashSet<>();
        List<Long> consortium = payingSide(accountId).consortium();
        if (consortium != null) {
            organisations.addAll(consortium);
        }
        organisations.addAll(payee(accountId).organisations());
        return organisations;
    }
}
