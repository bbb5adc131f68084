package io.grantflow.cascade.web;

import io.grantflow.cascade.api.LumpSumView;
import io.grantflow.cascade.domain.ClusterXchangeLumpSum;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.organisations.api.OrganisationView;
import io.grantflow.shared.text.TextLimits;

import java.util.List;

/**
 * What the apply page shows: the open call's summary ({@link OpenCallPage}), who is signed in and whether they
 * may apply (an SME account with an organisation), the form as typed, its problems (each beside its field, all in
 * the summary at the top; {@code notice} for a problem of the whole application), the host found by its PIC and,
 * for ClusterXchange, the computed lump sum ({@code lumpSum}, null until it can be computed).
 */
public record ApplyPage(OpenCallPage call, String handle, boolean sme, List<OrganisationView> organisations,
                        List<String> sectors, ApplyForm form, List<FieldError> errors, String notice, Host host,
                        LumpSumView lumpSum) {

    /** A problem of one field: its form field name, the rule's code and the text in the page's language. */
    public record FieldError(String field, String code, String text) {

        /** The id of the field's input on the page ({@code exchange.from} → {@code exchange-from}). */
        public String anchor() {
            return field == null ? "apply-form" : field.replace('.', '-');
        }
    }

    /** The host organisation found by the PIC typed. */
    public record Host(String name, String country) {
    }

    /**
     * Whether the page shows only why there is no form: the open call does not take applications now and nothing
     * was sent (a refused form keeps what was typed, with the notice).
     */
    public boolean notOpen() {
        return !call.openCall().open() && !hasProblems();
    }

    public boolean exchange() {
        return call.openCall().instrument() == Instrument.CLUSTERXCHANGE;
    }

    /** Whether the SME types the amount (vouchers and lump sums up to a maximum). */
    public boolean asksAmount() {
        return !exchange() && !call.openCall().instrument().fixed() && !asksDays();
    }

    /** Whether the SME asks for days of a provider's service (an open call in kind by days). */
    public boolean asksDays() {
        return call.openCall().inKind() != null;
    }

    /** Whether the open call names sectors (otherwise it supports every sector and the choice is optional). */
    public boolean sectorRequired() {
        return !call.openCall().sectors().isEmpty();
    }

    public boolean mayApply() {
        return sme && !organisations.isEmpty();
    }

    public List<FieldError> errorsOf(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).toList();
    }

    public boolean invalid(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }

    public boolean hasProblems() {
        return !errors.isEmpty() || notice != null;
    }

    /** Whether the organisation is the one chosen in the form. */
    public boolean chosen(Long organisation) {
        return String.valueOf(organisation).equals(form.organisation);
    }

    public int purposeMax() {
        return TextLimits.PURPOSE;
    }

    public int shortStayDays() {
        return ClusterXchangeLumpSum.SHORT_STAY_DAYS;
    }

    public int nearKm() {
        return ClusterXchangeLumpSum.NEAR_KM;
    }

    public boolean halvedForShortStay() {
        return lumpSum != null && lumpSum.halvedBecause().contains(ClusterXchangeLumpSum.Halving.SHORT_STAY);
    }

    public boolean halvedForDistance() {
        return lumpSum != null && lumpSum.halvedBecause().contains(ClusterXchangeLumpSum.Halving.NEAR);
    }
}
