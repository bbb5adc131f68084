package io.grantflow.cascade.domain;

import java.util.Collection;

/**
 * One person, two hats: conflicts are decided by organisation membership, not by role. Nobody who
 * belongs to the applying organisation decides, verifies or confirms as host anything of its
 * application, whatever else they belong to (as the evaluation never assigns an expert from an
 * organisation of the consortium).
 */
public final class OwnApplication {

    /** The problem code of an act refused by this rule. */
    public static final String CODE = "own_application";

    private OwnApplication() {
    }

    /** Whether someone belonging to {@code actorOrganisations} is on the applying side of the application. */
    public static boolean concerns(Application a, Collection<Long> actorOrganisations) {
        return actorOrganisations.contains(a.organisationId);
    }
}
