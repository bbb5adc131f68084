package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.OwnApplication;
import io.grantflow.grants.domain.Grant;
import io.grantflow.organisations.domain.MembersOnly;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.problem.DomainException;

import java.util.Arrays;
import java.util.List;

/**
 * Who may see an application and act on it: the applying organisation's members (the SME), the
 * consortium running the open call, the host cluster of an exchange, officers. Anyone else is told
 * the application does not exist. {@link OwnApplication}: nobody acts on their own organisation's application.
 */
public final class ApplicationAccess {

    private ApplicationAccess() {
    }

    public static Application find(Long id) {
        return Application.<Application>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** Whether {@code user} sees the application. */
    public static boolean maySee(Application a, String user, boolean officer) {
        return officer || OrganisationMember.isMember(user, a.organisationId) || ofConsortium(a, user)
                || (a.hostOrganisationId != null && OrganisationMember.isMember(user, a.hostOrganisationId));
    }

    /** Whether {@code user} belongs to the consortium of the application's grant. */
    public static boolean ofConsortium(Application a, String user) {
        return ofConsortium(Grant.<Grant>findById(a.grantId), user);
    }

    public static boolean ofConsortium(Grant g, String user) {
        return OrganisationMember.isMemberOfAny(user, Arrays.asList(g.beneficiaries));
    }

    /** The application locked, for the SME: a member of the applying organisation. */
    public static Application lockedForApplicant(Long id, String user) {
        Application a = locked(id);
        return MembersOnly.ofMember(a, user, List.of(a.organisationId), "application", id);
    }

    /** The application locked, for the consortium that decides and verifies (never its own organisation's). */
    public static Application lockedForConsortium(Long id, String user, String act) {
        Application a = locked(id);
        if (!ofConsortium(a, user)) {
            if (OrganisationMember.isMember(user, a.organisationId)) {
                throw DomainException.forbidden("not_consortium_member",
                        "the consortium running the open call decides and verifies");
            }
            throw notFound(id);
        }
        refuseOwnApplication(a, user, act);
        return a;
    }

    /** The exchange locked, for a member of its host cluster (never of the applying organisation). */
    public static Application lockedForHost(Long id, String user) {
        Application a = locked(id);
        if (!a.isClusterXchange() || !OrganisationMember.isMember(user, a.hostOrganisationId)) {
            throw notFound(id);
        }
        refuseOwnApplication(a, user, "confirms the visit of");
        return a;
    }

    /**
     * Who confirms the exchange's visit ({@link #lockedForHost}): the host cluster's members who do not
     * belong to the applying organisation; nobody for an application that is no exchange.
     */
    public static List<String> hostConfirmers(Application a) {
        if (!a.isClusterXchange()) {
            return List.of();
        }
        return OrganisationMember.usersOf(a.hostOrganisationId).stream().filter(u -> !ownApplication(a, u)).toList();
    }

    private static boolean ownApplication(Application a, String user) {
        return OwnApplication.concerns(a, OrganisationMember.organisationsOf(user));
    }

    private static void refuseOwnApplication(Application a, String user, String act) {
        if (ownApplication(a, user)) {
            throw DomainException.forbidden(OwnApplication.CODE, "nobody who belongs to the applying organisation "
                    + act + " its application " + a.id);
        }
    }

    private static Application locked(Long id) {
        return Application.forUpdate(id).orElseThrow(() -> notFound(id));
    }

    private static DomainException notFound(Long id) {
        return DomainException.notFound("application", String.valueOf(id));
    }
}
