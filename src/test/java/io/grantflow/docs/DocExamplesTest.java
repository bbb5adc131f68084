package io.grantflow.docs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocExamplesTest {

    @Test
    void aShBlockWithCurlIsAnExampleWithTheStatusesItsCommentsAnnounceInOrder() {
        String page = """
                # Title

                ```sh
                # sme1 looks for open calls → 200
                curl -s -u sme1:sme1 'http://localhost:8080/api/open-calls?status=OPEN'
                # and applies → 201
                APP=$(curl -s -u sme1:sme1 -H 'Content-Type: application/json' \\
                     -d '{"a": 1}' http://localhost:8080/api/x | grep -o '"id":[0-9]*')
                ```

                ```
                not a shell block: curl here is an answer shown
                ```

                ```sh
                echo no http here
                ```
                """;
        DocExamples examples = DocExamples.parse("p.md", page);
        assertThat(examples.blocks()).hasSize(1);
        assertThat(examples.blocks().get(0).expectedStatuses()).isEqualTo(List.of(200, 201));
        assertThat(examples.blocks().get(0).line()).isEqualTo(3);
        assertThat(examples.blocks().get(0).where()).isEqualTo("p.md:3");
    }

    @Test
    void aCurlWithoutAnnouncedStatusIsStillAnExampleSoThatTheRunnerReportsIt() {
        DocExamples examples = DocExamples.parse("p.md", "```sh\ncurl -s localhost:8080/api/calls\n```\n");
        assertThat(examples.blocks()).singleElement().satisfies(b -> assertThat(b.expectedStatuses()).isEmpty());
    }

    @Test
    void anUnclosedBlockIsAnError() {
        assertThatThrownBy(() -> DocExamples.parse("p.md", "text\n```sh\ncurl x\n"))
                .hasMessageContaining("p.md:2");
    }
}
