package io.grantflow.shared.web;

import io.quarkus.security.identity.SecurityIdentity;

import java.util.Locale;
import java.util.Optional;

/**
 * A feature's part of the signed-in person's desk ({@code /desk}): a CDI bean in the feature's {@code web/}
 * package. The desk page lists the cards of every section in {@link DeskCard#order()}, and no section knows the
 * others, so a feature adds a page to the desks by adding its page resource and one section, touching nothing
 * else.
 */
public interface DeskSection {

    /**
     * The card this section shows {@code who}, with its texts in {@code locale}; empty when the section is not for
     * this person (a role they do not have).
     */
    Optional<DeskCard> card(SecurityIdentity who, Locale locale);

    /**
     * One card of the desk: a heading linking to the section's page, a sentence of what is there, and how many
     * things wait for the person (null: the section counts nothing).
     */
    record DeskCard(int order, String id, String title, String summary, Long waiting, String href) {
    }
}
