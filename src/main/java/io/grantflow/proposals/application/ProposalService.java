package io.grantflow.proposals.application;

import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * @deprecated kept only so that grants compiles until it calls {@link ProposalActs} (issue 15):
 * {@code grantOffered}, {@code grantSigned} and {@code grantEnded}. Delete it then.
 */
@Deprecated(forRemoval = true)
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProposalService {

    @Inject
    ProposalActs acts;

    /** Only the grant steps grants takes today; each goes to its act (which checks it). */
    public void advance(Proposal p, ProposalStatus status, String step, String detail, String actor) {
        switch (step) {
            case "GRANT_OFFERED" -> acts.grantOffered(p, detail.substring("grant ".length()).replace(" (from the reserve list)", ""),
                    detail.endsWith(" (from the reserve list)"), actor);
            case "GRANT_SIGNED" -> acts.grantSigned(p.id, detail, actor);
            default -> {
                if (!step.startsWith("GRANT_")) {
                    throw new IllegalArgumentException("no act for step " + step + "; use ProposalActs");
                }
                int colon = detail.indexOf(": ");
                acts.grantEnded(p.id, step.substring("GRANT_".length()), colon < 0 ? detail : detail.substring(0, colon),
                        colon < 0 ? null : detail.substring(colon + 2), actor);
            }
        }
    }
}
