package io.grantflow.calls.web;

import io.grantflow.calls.api.CallView;

/** What a programme call's page shows: the call as the API shows it to everybody. */
public record CallPage(CallView call) {
}
