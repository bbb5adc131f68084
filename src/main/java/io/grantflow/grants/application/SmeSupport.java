package io.grantflow.grants.application;

import io.grantflow.shared.money.Money;

/**
 * What the cascade tells the grant at closure (implemented by the feature that awards third parties, which knows
 * who they were): the support paid out of a grant's FSTP envelope to beneficiaries whose computed category was SME
 * when they were awarded. Money to non-SME beneficiaries does not count.
 */
public interface SmeSupport {

    Money paidToSmes(Long grantId);
}
