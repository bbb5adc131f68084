package io.grantflow.budgets.web;

import io.grantflow.ledger.domain.AccountKind;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the desk's budget pages, in English; {@code messages/budgetdesk_fr.properties} and
 * {@code budgetdesk_de.properties} translate them.
 */
@MessageBundle(value = "budgetdesk", locale = "en")
public interface BudgetDeskMessages {

    @Message("Budgets")
    String title();

    @Message("Every programme's euros, from its calls and grants down to each SME's payment, and whether the ledger reconciles.")
    String cardSummary();

    @Message("Follow the euros: a programme's budget goes to its calls, a call's to grants, a grant's FSTP envelope to the consortium's open calls, and an open call's to the SMEs it awards. Click a level to see what is below it.")
    String intro();

    @Message("Programmes")
    String programmes();

    @Message("No programme has a budget yet.")
    String noProgrammes();

    @Message("Ledger reconciliation")
    String reconciliation();

    @Message("The ledger reconciles: every one of the {accounts} accounts' figures equals the replay of its {transfers} transfers.")
    String balanced(long accounts, long transfers);

    @Message("The ledger does not reconcile: {count} {#if count == 1}figure differs{#else}figures differ{/if} from the replay of its transfers. Operations must look at it now (docs/operations.md).")
    String unbalanced(long count);

    @Message("Account")
    String accountColumn();

    @Message("Field")
    String field();

    @Message("Stored")
    String stored();

    @Message("From the transfers")
    String fromTransfers();

    @Message("Name")
    String name();

    @Message("Level")
    String level();

    @Message("Allocated")
    String allocated();

    @Message("Committed")
    String committed();

    @Message("Paid")
    String paid();

    @Message("Available")
    String available();

    @Message("Still to pay")
    String stillToPay();

    @Message("Share")
    String share();

    @Message("{#when kind}{#is PROGRAMME}Programme{#is CALL}Call{#is CUTOFF}Cut-off{#is COMMITMENT}Legal commitment"
            + "{#is GRANT}Grant{#is FSTP_ENVELOPE}FSTP envelope{#is OPEN_CALL}Open call{#is AWARD}Award to an SME"
            + "{#is PAYEE}Payee{#else}Account{/when}")
    String kind(AccountKind kind);

    @Message("{#when kind}{#is PROGRAMME}Its calls{#is CALL}Its cut-offs, grants and commitments{#is CUTOFF}Its grants and commitments"
            + "{#is GRANT}Its FSTP envelope{#is FSTP_ENVELOPE}Its open calls{#is OPEN_CALL}Its awards to SMEs"
            + "{#else}Below it{/when}")
    String below(AccountKind kind);

    @Message("Nothing below this level yet.")
    String nothingBelow();

    @Message("Of what was allocated: paid {paid}, committed but not yet paid {stillToPay}, not yet committed {available}")
    String barLabel(String paid, String stillToPay, String available);

    @Message("Nothing allocated yet")
    String barEmpty();

    @Message("paid")
    String legendPaid();

    @Message("committed, not yet paid")
    String legendStillToPay();

    @Message("not yet committed")
    String legendAvailable();

    @Message("Over time")
    String overTime();

    @Message("Allocated, committed and paid at the end of each month (Brussels time).")
    String overTimeIntro();

    @Message("No money has moved on this level yet.")
    String noHistory();

    @Message("Month")
    String month();

    @Message("The table of these figures follows the chart.")
    String chartLabel();

    @Message("Payments")
    String payments();

    @Message("Payments out of this commitment and recoveries into it, newest first.")
    String paymentsIntro();

    @Message("Nothing paid yet.")
    String noPayments();

    @Message("Date")
    String date();

    @Message("Movement")
    String movement();

    @Message("Reference")
    String reference();

    @Message("Payee")
    String payee();

    @Message("Amount")
    String amount();

    @Message("{#if kind == 'PAYMENT'}payment{#else}recovery{/if}")
    String movementKind(String kind);

    @Message("reversed")
    String reversed();

    @Message("Budget path")
    String breadcrumb();

    @Message("All programmes")
    String allProgrammes();

    @Message("Brussels time")
    String brusselsTime();

    @Message("The 75 % rule: SME share of every grant")
    String smeShareLink();
}
