package io.grantflow.organisations.domain;

/**
 * A registrant could claim its organisation is a cluster, research or business-support organisation
 * (or a public body) when it is not. A rule that needs such a type counts an organisation only once an
 * officer has validated its registration; until then the rule reports {@link #NOT_VALIDATED}.
 * Enterprise types need no validation (see {@link OrganisationType#isClaim()}).
 */
public final class OrganisationTypeClaim {

    /** The violation (or refusal) code of a rule that an unvalidated claim does not satisfy. */
    public static final String NOT_VALIDATED = "organisation_not_validated";

    private OrganisationTypeClaim() {
    }

    /** Whether the organisation counts as {@code type} for a rule. */
    public static boolean satisfies(Organisation o, OrganisationType type) {
        return o.type == type && (!type.isClaim() || o.isValidated());
    }

    /** Whether the organisation claims {@code type} but does not count as one yet: an officer has not validated it. */
    public static boolean awaitsValidation(Organisation o, OrganisationType type) {
        return o.type == type && !satisfies(o, type);
    }

    /** The message of a {@link #NOT_VALIDATED} violation. */
    public static String notValidated(Organisation o) {
        return o.legalName + " is registered as " + o.type + ", which counts once an officer has validated it";
    }
}
