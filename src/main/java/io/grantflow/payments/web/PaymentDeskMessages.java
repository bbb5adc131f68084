package io.grantflow.payments.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the desk's payment pages, in English; {@code messages/paydesk_fr.properties} and
 * {@code paydesk_de.properties} translate them.
 */
@MessageBundle(value = "paydesk", locale = "en")
public interface PaymentDeskMessages {

    @Message("Payments waiting for my approval")
    String title();

    @Message("Payment orders another person initiated, for you to approve one by one or as a batch.")
    String cardSummary();

    @Message("Every payment needs two people: the one who initiates it and a second who approves it. Tick the orders to approve, then review the batch before confirming.")
    String intro();

    @Message("Nothing waits for your approval.")
    String noneWaiting();

    @Message("{count} {#if count == 1}order waits{#else}orders wait{/if} for your approval")
    String waitingCount(int count);

    @Message("Select")
    String select();

    @Message("Order")
    String order();

    @Message("Payee")
    String payee();

    @Message("IBAN")
    String iban();

    @Message("Amount")
    String amount();

    @Message("Purpose")
    String purpose();

    @Message("Initiated by")
    String initiatedBy();

    @Message("Initiated")
    String initiated();

    @Message("Brussels time")
    String brusselsTime();

    @Message("Select order {id} ({payee}, {amount})")
    String selectOrder(Long id, String payee, String amount);

    @Message("Review the selected orders")
    String review();

    @Message("Initiated by me, waiting for a second person")
    String mineTitle();

    @Message("You cannot approve orders you initiated: another person must.")
    String mineIntro();

    @Message("Review the batch")
    String reviewTitle();

    @Message("Check the batch, then approve it. All the orders are approved together, or none.")
    String reviewIntro();

    @Message("{count} {#if count == 1}order{#else}orders{/if}")
    String orders(int count);

    @Message("Orders")
    String ordersLabel();

    @Message("Total")
    String total();

    @Message("Payees")
    String payees();

    @Message("{name}: {count} {#if count == 1}order{#else}orders{/if}, {amount}")
    String payeeLine(String name, int count, String amount);

    @Message("Approve {count} {#if count == 1}order{#else}orders{/if} ({amount})")
    String approve(int count, String amount);

    @Message("Back to the list")
    String back();

    @Message("Batch {batch} approved")
    String approvedTitle(String batch);

    @Message("The orders are approved and will be paid. The SEPA file of the batch is ready for the bank.")
    String approvedIntro();

    @Message("Download the SEPA file")
    String sepa();

    @Message("Status")
    String status();

    @Message("{#when status}"
            + "{#is 'PENDING_APPROVAL'}Waiting for approval"
            + "{#is 'APPROVED'}Approved"
            + "{#is 'PAID'}Paid"
            + "{#is 'REJECTED'}Rejected"
            + "{#is 'FAILED'}Failed"
            + "{#else}{status}{/when}")
    String statusName(String status);

    @Message("The batch could not be approved")
    String refusedTitle();

    @Message("{#when code}"
            + "{#is 'four_eyes'}You initiated this order: another person must approve it."
            + "{#is 'own_application'}This order pays an organisation you are a member of: another person must approve it."
            + "{#is 'not_paying_side'}You do not decide on payments of this account."
            + "{#is 'required'}Select at least one order."
            + "{#else}This order can no longer be approved as it is (it was decided meanwhile).{/when}")
    String refusal(String code);

    @Message("Order {id}")
    String orderRef(String id);

    @Message("rule: {code}")
    String ruleCode(String code);

    @Message("Decide")
    String decide();

    @Message("Reject…")
    String reject();

    @Message("Reject order {id}")
    String rejectOrder(String id);

    @Message("Reject order {id}")
    String rejectTitle(String id);

    @Message("The order could not be rejected")
    String rejectRefusedTitle();

    @Message("Reason")
    String reasonLabel();

    @Message("Why the order is rejected, for the person who initiated it (optional, at most {max} characters).")
    String reasonHint(Integer max);

    @Message("The reason is too long: at most {max} characters.")
    String reasonTooLong(Integer max);

    @Message("Reject the order")
    String rejectButton();

    @Message("Order {id} rejected.")
    String rejectedNotice(String id);
}
