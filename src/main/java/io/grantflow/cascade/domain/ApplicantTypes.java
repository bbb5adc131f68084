package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.OrganisationTypeClaim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may apply to an open call: the {@link OrganisationType}s it accepts. Open calls support SMEs
 * ({@code [SME]}) unless they say otherwise; ClusterXchange supports cluster members, i.e. SMEs and
 * the other member organisations that send a visitor: research organisations, business-support
 * organisations and cluster organisations. Large enterprises and public bodies are not among its
 * defaults (support to third parties goes to SMEs and the organisations that serve them), but an open
 * call may name them.
 * <p>
 * An organisation is an SME by its computed category (Recommendation 2003/361/EC), whatever type it
 * registered; any other type counts once an officer has validated the organisation's claim to it
 * ({@link OrganisationTypeClaim}).
 */
public final class ApplicantTypes {

    /** The refusal of an organisation whose type the open call does not accept (when it accepts more than SMEs). */
    public static final String NOT_ELIGIBLE = "applicant_type_not_eligible";
    /** The refusal of an organisation that is no SME, when the open call accepts only SMEs. */
    public static final String NOT_AN_SME = "not_an_sme";

    private static final Set<OrganisationType> SMES = EnumSet.of(OrganisationType.SME);
    private static final Set<OrganisationType> CLUSTER_MEMBERS = EnumSet.of(OrganisationType.SME,
            OrganisationType.RESEARCH_ORGANISATION, OrganisationType.BUSINESS_SUPPORT_ORGANISATION,
            OrganisationType.CLUSTER_ORGANISATION);

    private ApplicantTypes() {
    }

    /** The types an open call of this instrument accepts unless it lists its own. */
    public static Set<OrganisationType> defaults(Instrument instrument) {
        return EnumSet.copyOf(instrument == Instrument.CLUSTERXCHANGE ? CLUSTER_MEMBERS : SMES);
    }

    /** The open call's types, in the enum's order. */
    public static Set<OrganisationType> of(OpenCall call) {
        Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
        Arrays.stream(call.applicantTypes).map(OrganisationType::valueOf).forEach(types::add);
        return types;
    }

    /** The stored form of {@code declared} (null or empty: the instrument's defaults). */
    public static String[] stored(Instrument instrument, List<OrganisationType> declared) {
        Set<OrganisationType> types = declared == null || declared.isEmpty() ? defaults(instrument)
                : EnumSet.copyOf(declared);
        return types.stream().map(Enum::name).toArray(String[]::new);
    }

    /** Whether the organisation counts as one of {@code accepted}: an SME by its figures, any other type once validated. */
    public static boolean accepts(Set<OrganisationType> accepted, Organisation o) {
        if (accepted.contains(OrganisationType.SME) && o.smeCategory != null && o.smeCategory.isSme()) {
            return true;
        }
        return accepted.stream().filter(t -> t != OrganisationType.SME)
                .anyMatch(t -> OrganisationTypeClaim.satisfies(o, t));
    }

    /** The refusal of an organisation the open call does not accept, with every reason; empty when it is accepted. */
    public static List<Application.Refusal> refusals(Set<OrganisationType> accepted, Organisation o) {
        List<Application.Refusal> r = new ArrayList<>();
        if (accepts(accepted, o)) {
            return r;
        }
        if (accepted.contains(o.type) && OrganisationTypeClaim.awaitsValidation(o, o.type)) {
            r.add(new Application.Refusal(OrganisationTypeClaim.NOT_VALIDATED, OrganisationTypeClaim.notValidated(o)));
        } else if (accepted.equals(SMES)) {
            r.add(new Application.Refusal(NOT_AN_SME, o.legalName + " is " + o.smeCategory
                    + " by its figures (Recommendation 2003/361/EC); this open call supports SMEs"));
        } else {
            r.add(new Application.Refusal(NOT_ELIGIBLE, o.legalName + " is " + description(o)
                    + "; this open call accepts " + accepted));
        }
        return r;
    }

    /**
     * Whether the de minimis ceiling applies to the organisation: it is aid to an undertaking. Research
     * organisations are not treated as undertakings for this support (the mobility of their staff is taken
     * as part of their non-economic activity); every other applicant, SMEs and cluster and business-support
     * organisations included, is.
     */
    public static boolean undertaking(Organisation o) {
        return !OrganisationTypeClaim.satisfies(o, OrganisationType.RESEARCH_ORGANISATION);
    }

    private static String description(Organisation o) {
        Optional<String> category = Optional.ofNullable(o.smeCategory).filter(c -> o.type == OrganisationType.SME
                || o.type == OrganisationType.LARGE_ENTERPRISE).map(c -> " (" + c + " by its figures)");
        return "a " + o.type + category.orElse("");
    }
}
