package io.grantflow.organisations.api;

import io.grantflow.organisations.domain.MembershipRequest;

import java.time.Instant;

/** A request to join an organisation as the API shows it. */
public record MembershipRequestView(Long id, Long organisation, String username, MembershipRequest.Status status,
                                    Instant requestedAt, String decidedBy, Instant decidedAt) {

    public static MembershipRequestView of(MembershipRequest r) {
        return new MembershipRequestView(r.id, r.organisationId, r.username, r.status, r.requestedAt, r.decidedBy,
                r.decidedAt);
    }
}
