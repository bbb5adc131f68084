package io.grantflow.organisations.domain;

import io.grantflow.shared.problem.DomainException;

import java.util.Collection;

/**
 * The guard of objects that belong to organisations (a grant, a proposal, an application): their
 * members — and officers, where they oversee — see and act on them; to anyone else the object does
 * not exist ({@code not_found}, so that ids cannot be probed).
 */
public final class MembersOnly {

    private MembersOnly() {
    }

    /** {@code object} when {@code user} is an officer or a member of one of {@code organisationIds}; else not found. */
    public static <T> T visible(T object, String user, boolean officer, Collection<Long> organisationIds, String what,
                                Object id) {
        if (!officer && !OrganisationMember.isMemberOfAny(user, organisationIds)) {
            throw DomainException.notFound(what, id);
        }
        return object;
    }

    /** {@code object} when {@code user} is a member of one of {@code organisationIds}; else not found. */
    public static <T> T ofMember(T object, String user, Collection<Long> organisationIds, String what, Object id) {
        return visible(object, user, false, organisationIds, what, id);
    }
}
