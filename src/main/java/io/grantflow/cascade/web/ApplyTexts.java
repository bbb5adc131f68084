package io.grantflow.cascade.web;

import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.text.TextLimits;

import java.util.Locale;
import java.util.Set;

/**
 * What a refusal of a field means, in plain words in the page's language ({@link ApplyMessages}): the page shows
 * it beside the field with the rule's code. A code the page does not know keeps the service's own words.
 */
final class ApplyTexts {

    /** The fields answered by a choice in a list. */
    private static final Set<String> CHOICES = Set.of("organisation", "sector");

    /** The fields answered by ticking a declaration. */
    private static final Set<String> DECLARATIONS = Set.of("notInDifficulty", "noDoubleFunding");

    private ApplyTexts() {
    }

    /** The bundle in a page's language (English by default). */
    static ApplyMessages messages(Locale locale) {
        return io.grantflow.shared.web.Bundles.in(ApplyMessages.class, locale);
    }

    static String describe(Violation v, ApplyMessages m) {
        String field = v.field() == null ? "" : v.field();
        return switch (v.code()) {
            case "required" -> DECLARATIONS.contains(field) ? m.errDeclare()
                    : CHOICES.contains(field) ? m.errChoose() : m.errRequired();
            case "too_long" -> m.errTooLong(maxLength(field));
            case "invalid_iban" -> m.errInvalidIban();
            case "unknown_sector" -> m.errUnknownSector();
            case "unknown_organisation" -> field.equals("exchange.host") ? m.errUnknownHost() : m.errUnknownOrganisation();
            case "invalid_pic" -> m.errInvalidPic();
            case "must_not_be_negative" -> m.errNegative();
            case "must_be_positive" -> m.errPositive();
            case "ends_before_start" -> m.errEndsBeforeStart();
            case "invalid_amount" -> m.errInvalidAmount();
            case "invalid_date" -> m.errInvalidDate();
            case "invalid_number" -> m.errInvalidNumber();
            case "not_a_member" -> m.errNotMember();
            case "not_an_exchange" -> m.errNotAnExchange();
            default -> m.errOther(v.message());
        };
    }

    private static Integer maxLength(String field) {
        return switch (field) {
            case "exchange.visitorName" -> TextLimits.NAME;
            case "exchange.visitorId" -> TextLimits.IDENTIFIER;
            default -> TextLimits.PURPOSE;
        };
    }
}
