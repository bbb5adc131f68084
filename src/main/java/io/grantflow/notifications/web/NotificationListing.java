package io.grantflow.notifications.web;

import io.grantflow.shared.web.Paging;

import java.util.List;

/** What {@code /my/notifications} shows: a page of the person's notifications, its links, and whether {@code ?page=} could not be read. */
public record NotificationListing(List<NotificationItem> notifications, Paging paging, boolean unreadablePage) {
}
