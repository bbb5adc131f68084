package io.grantflow.cascade.web;

import io.grantflow.cascade.api.OpenCallView;

import java.util.List;

/** What the start page shows: the open calls closing soonest and how many there are in all. */
public record StartPageModel(List<OpenCallView> soonest, long total) {
}
