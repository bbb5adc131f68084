package io.grantflow.organisations.web;

import io.grantflow.organisations.api.MembershipRequestView;
import io.grantflow.organisations.api.OrganisationView;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.RelatedEnterprise;
import io.grantflow.shared.sector.Ecosystem;

import java.util.List;

/**
 * What {@code /my/organisations} shows: the person's organisations, their own requests to join that wait for a
 * decision, the look-up by PIC to join one, and the registration form with its self-check.
 *
 * @param asked the organisation whose request to join was just made (a notice), or null
 */
public record MyOrganisationsPage(List<OrganisationView> organisations, List<PendingJoin> pending, Join join,
                                  Registration registration, OrganisationView asked) {

    /** A request to join that waits for a decision, with the organisation it asks to join. */
    public record PendingJoin(MembershipRequestView request, OrganisationView organisation) {
    }

    /**
     * The look-up by PIC: what was asked ({@code pic}, null when nothing), whether it is no PIC at all, and the
     * organisations found.
     */
    public record Join(String pic, boolean invalidPic, List<Found> found) {

        static Join none() {
            return new Join(null, false, List.of());
        }

        public boolean looked() {
            return pic != null && !invalidPic;
        }
    }

    /** An organisation found by its PIC: is the person a member already, or waiting for a decision? */
    public record Found(OrganisationView organisation, boolean member, boolean pending) {
    }

    /**
     * The registration form as typed, its problems, and the self-check's explanation (null when there is none).
     *
     * @param checked the person asked for the check (or the registration failed): the result is shown
     */
    public record Registration(OrganisationForm form, FieldProblems problems, SmeExplanation explanation,
                               boolean checked, Choices choices) {
    }

    /** The options of the form's lists, in the page's language order where it has one. */
    public record Choices(List<String> countries, List<OrganisationType> types, List<RelatedEnterprise.Relation> relations,
                          List<Ecosystem> sectors, int legalNameMax, int keywordMax, int maxKeywords, int nameMax,
                          int maxRows) {
    }
}
