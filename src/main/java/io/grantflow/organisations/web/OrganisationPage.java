package io.grantflow.organisations.web;

import io.grantflow.organisations.api.MembershipRequestView;
import io.grantflow.organisations.api.OrganisationView;

import java.util.List;

/**
 * What {@code /my/organisations/{id}} shows to a member (or an officer): the organisation with its figures, why it
 * is in its SME category, and the requests to join it that wait for a decision.
 *
 * @param me     the person looking (they do not decide on their own request)
 * @param notice what just happened: {@code registered}, {@code approved}, {@code rejected}, {@code decided}; or null
 */
public record OrganisationPage(OrganisationView organisation, SmeExplanation explanation,
                               List<MembershipRequestView> pending, String me, String notice) {
}
