package io.grantflow.demo;

import io.grantflow.shared.problem.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo load's progress and the answer the API gives meanwhile. */
class DemoLoadingTest {

    @Test
    void progressCountsStepsAndReaches100OnlyWhenLoaded() {
        DemoLoading loading = new DemoLoading();
        assertThat(loading.stage()).isEqualTo(DemoLoading.Stage.NONE);
        assertThat(loading.inProgress()).isFalse();
        loading.started();
        assertThat(loading.inProgress()).isTrue();
        assertThat(loading.percent()).isZero();
        for (int i = 0; i < (DemoLoading.STEPS + 1) / 2; i++) { // half the steps, rounded up, whatever the count
            loading.step();
        }
        assertThat(loading.percent()).isEqualTo(50);
        for (int i = 0; i < DemoLoading.STEPS; i++) { // a longer story than counted stays below 100 %
            loading.step();
        }
        assertThat(loading.percent()).isEqualTo(99);
        loading.loaded();
        assertThat(loading.inProgress()).isFalse();
        assertThat(loading.percent()).isEqualTo(100);
    }

    @Test
    void aFailedLoadIsNotInProgressAndSaysWhy() {
        DemoLoading loading = new DemoLoading();
        loading.started();
        loading.failed("the pilot round could not be ranked");
        assertThat(loading.inProgress()).isFalse();
        assertThat(loading.stage()).isEqualTo(DemoLoading.Stage.FAILED);
        assertThat(loading.failure()).isEqualTo("the pilot round could not be ranked");
    }

    @Test
    void aStoppingServiceEndsTheLoadAtTheNextStep() {
        DemoLoading loading = new DemoLoading();
        loading.started();
        loading.step();
        loading.stop();
        assertThatThrownBy(loading::step).isInstanceOf(IllegalStateException.class).hasMessageContaining("stopping");
    }

    @Test
    void theApiAnswersWithTheProgressAndTheChapter() {
        Problem p = DemoLoadingGate.problem(42, "the grants are signed and pre-financed", "/api/me");
        assertThat(p.status()).isEqualTo(503);
        assertThat(p.code()).isEqualTo("demo_loading");
        assertThat(p.detail()).isEqualTo("the demo data is being loaded (42 %: the grants are signed and pre-financed); "
                + "retry after 2 s");
        assertThat(p.instance()).isEqualTo("/api/me");
        assertThat(DemoLoadingGate.problem(0, "", "/api/calls").detail())
                .isEqualTo("the demo data is being loaded (0 %); retry after 2 s");
    }

    @Test
    void afterAFailedLoadTheApiSaysSoAndOnlyQStaysOpen() {
        Problem p = DemoLoadingGate.failed("/api/calls");
        assertThat(p.status()).isEqualTo(503);
        assertThat(p.code()).isEqualTo("demo_failed");
        assertThat(p.detail()).contains("log").contains("restart");
        assertThat(DemoLoadingGate.open("/q/health/ready")).isTrue();
        assertThat(DemoLoadingGate.open("/q/openapi")).isTrue();
        assertThat(DemoLoadingGate.open("/q")).isTrue();
        assertThat(DemoLoadingGate.open("/api/me")).isFalse();
        assertThat(DemoLoadingGate.open("/api;x=1/me")).as("matrix parameters").isFalse();
        assertThat(DemoLoadingGate.open("/quarkus")).isFalse();
        assertThat(DemoLoadingGate.open("/")).isFalse();
    }
}
