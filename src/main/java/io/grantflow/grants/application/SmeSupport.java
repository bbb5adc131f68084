package io.grantflow.grants.application;

import io.grantflow.shared.money.Money;

/**
 * What the cascade tells the grant at closure (implemented by the feature that awards third parties, which knows
 * who they were): the support paid out of a grant's FSTP envelope to beneficiaries whose computed category was SME
 * when they were awarded. Money to non-SME beneficiaries does not count.
 */
public interface SmeSupport {

    Money paidToSmes(Long grantId);

    /** Support awarded out of the envelope to beneficiaries that were not SMEs when awarded: still committed, and paid. */
    record OtherSupport(Money committed, Money paid) {
        public static final OtherSupport NONE = new OtherSupport(Money.ZERO, Money.ZERO);
    }

    /** What the grant's envelope committed and paid to beneficiaries that were not SMEs (e.g. ClusterXchange visitors of research organisations). */
    OtherSupport toOthers(Long grantId);
}
