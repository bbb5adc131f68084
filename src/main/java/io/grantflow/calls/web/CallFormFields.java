package io.grantflow.calls.web;

import jakarta.ws.rs.FormParam;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The fields of the officer's call form as posted; rows come as lists of the same name, in the page's order. */
public class CallFormFields {

    @FormParam("key") String key;
    @FormParam("template") String template;
    @FormParam("identifier") String identifier;
    @FormParam("title") String title;
    @FormParam("description") String description;
    @FormParam("programme") String programme;
    @FormParam("actionType") String actionType;
    @FormParam("submissionModel") String submissionModel;
    @FormParam("budget") String budget;
    @FormParam("expectedGrants") String expectedGrants;
    @FormParam("minGrant") String minGrant;
    @FormParam("maxGrant") String maxGrant;
    @FormParam("opensAt") String opensAt;
    @FormParam("deadlineLabel") List<String> deadlineLabel;
    @FormParam("deadlineAt") List<String> deadlineAt;
    @FormParam("deadlineBudget") List<String> deadlineBudget;
    @FormParam("fstpRate") String fstpRate;
    @FormParam("otherRate") String otherRate;
    @FormParam("minSmeShare") String minSmeShare;
    @FormParam("maxPerThirdParty") String maxPerThirdParty;
    @FormParam("minPartners") String minPartners;
    @FormParam("minCountries") String minCountries;
    @FormParam("eligibleCountries") String eligibleCountries;
    @FormParam("sectors") List<String> sectors;
    @FormParam("valueChains") String valueChains;
    @FormParam("criterionName") List<String> criterionName;
    @FormParam("criterionWeight") List<String> criterionWeight;
    @FormParam("criterionThreshold") List<String> criterionThreshold;
    @FormParam("overallThreshold") String overallThreshold;
    @FormParam("expertsPerProposal") String expertsPerProposal;
    @FormParam("minCommentLength") String minCommentLength;
    @FormParam("objectives") String objectives;
    @FormParam("requiredActivities") String requiredActivities;
    @FormParam("projectStart") String projectStart;
    @FormParam("projectEnd") String projectEnd;
    @FormParam("scheme") String scheme;
    @FormParam("previousRound") String previousRound;

    CallForm form() {
        return new CallForm(key == null || key.isBlank() ? UUID.randomUUID().toString() : key, template, identifier,
                title, description, programme, actionType, submissionModel, budget, expectedGrants, minGrant, maxGrant,
                opensAt, rows(deadlineLabel, deadlineAt, deadlineBudget), fstpRate, otherRate, minSmeShare,
                maxPerThirdParty, minPartners, minCountries, eligibleCountries, sectors == null ? List.of() : sectors,
                valueChains, rows(criterionName, criterionWeight, criterionThreshold), overallThreshold,
                expertsPerProposal, minCommentLength, objectives, requiredActivities, projectStart, projectEnd, scheme,
                previousRound);
    }

    /** The same fields under another form key. */
    CallFormFields withKey(String newKey) {
        key = newKey;
        return this;
    }

    private static List<CallForm.Row> rows(List<String> first, List<String> second, List<String> third) {
        List<CallForm.Row> rows = new ArrayList<>();
        int n = Math.max(Math.max(size(first), size(second)), size(third));
        for (int i = 0; i < Math.min(CallForm.MAX_ROWS, Math.max(CallForm.ROWS, n)); i++) {
            rows.add(new CallForm.Row(i, at(first, i), at(second, i), at(third, i)));
        }
        return rows;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }
}
