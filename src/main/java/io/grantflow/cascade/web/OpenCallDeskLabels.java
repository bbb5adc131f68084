package io.grantflow.cascade.web;

import io.grantflow.cascade.api.OpenCallView;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;

/** {@code {oc.opensAfter(now)}}: an open call not open yet (rather than closed), on the consortium's desk. */
@TemplateExtension
final class OpenCallDeskLabels {

    private OpenCallDeskLabels() {
    }

    static boolean opensAfter(OpenCallView oc, Instant now) {
        return oc.opensAt() != null && oc.opensAt().isAfter(now);
    }
}
