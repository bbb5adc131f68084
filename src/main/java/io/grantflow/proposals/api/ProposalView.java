package io.grantflow.proposals.api;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.grantflow.shared.percent.PercentJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.SmeCategory;
import io.grantflow.proposals.domain.PartnerRole;
import io.grantflow.proposals.domain.ProposalContent;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A proposal as its consortium (and officers) see it: content, computed money, status and timeline. */
public record ProposalView(Long id, String call, int stage, Instant deadline, ProposalStatus status, String acronym,
                           String title, @JsonProperty("abstract") String abstractText, List<String> tags, Long coordinator,
                           List<MemberView> consortium, List<ProposalContent.WorkPackage> workPackages,
                           List<ProposalContent.ObjectiveAddressed> objectives, Finance finance, int currentVersion, Instant submittedAt, Instant withdrawnAt,
                           String processStep, List<Step> timeline, Instant createdAt, Instant updatedAt) {

    public record MemberView(Long organisation, String legalName, String country, OrganisationType type,
                             SmeCategory smeCategory, PartnerRole role, Money personnel, Money travel,
                             Money subcontracting, Money otherDirect, Money financialSupportToThirdParties,
                             Money indirect, Money totalCosts) {
    }

    /** Computed, never written by clients. */
    public record Finance(String currency, Money financialSupportToThirdParties, Money otherCosts, Money totalCosts,
                          @JsonSerialize(using = PercentJson.class) BigDecimal fstpFundingRate,
                          @JsonSerialize(using = PercentJson.class) BigDecimal otherFundingRate, Money requestedContribution,
                          Money plannedSmeSupport, @JsonSerialize(using = PercentJson.class) BigDecimal plannedSmeSharePercent,
                          @JsonSerialize(using = PercentJson.class) BigDecimal minSmeSharePercent) {
    }

    public record Step(String step, String detail, String actor, Instant at) {
    }
}
