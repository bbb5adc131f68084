package io.grantflow.cascade.application;

import io.grantflow.cascade.api.InKindRequestView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.ProviderOffer;
import io.grantflow.grants.application.GrantAccess;
import io.grantflow.grants.domain.Grant;
import io.grantflow.organisations.domain.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Read model: a grant's in-kind applications by days under review, for its consortium (anyone else: not found), with
 * the provider named so far ({@link InKindSupport#nameProvider} names one).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InKindRequests {

    @Inject
    GrantAccess grants;

    public List<InKindRequestView> underReview(Long grantId, String user) {
        Grant g = grants.readable(grantId, user, false);
        return Application.<Application>list("grantId = ?1 and status = ?2 and days is not null order by id", g.id,
                ApplicationStatus.UNDER_REVIEW).stream().map(a -> {
                    OpenCall oc = OpenCall.findById(a.openCallId);
                    ProviderOffer named = a.providerOfferId == null ? null : ProviderOffer.findById(a.providerOfferId);
                    String provider = named == null ? null
                            : Organisation.<Organisation>findById(named.organisationId).legalName;
                    return new InKindRequestView(a.id, oc.id, oc.title,
                            Organisation.<Organisation>findById(a.organisationId).legalName, oc.inKindService, a.days,
                            a.providerOfferId, provider);
                }).toList();
    }
}
