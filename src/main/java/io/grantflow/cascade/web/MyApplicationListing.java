package io.grantflow.cascade.web;

import io.grantflow.cascade.api.MyApplicationView;
import io.grantflow.shared.web.Paging;

import java.util.List;

/** What {@code /my/applications} shows: a page of the person's applications, its links, and whether {@code ?page=} could not be read. */
public record MyApplicationListing(List<MyApplicationView> applications, Paging paging, boolean unreadablePage) {
}
