package io.grantflow.workflow;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file in bpmn/ is deployed (listed in ProcessKeys), parses, and is named after its process id. */
class BpmnFilesTest {

    @Test
    void everyBpmnFileIsListedAndValid() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            var keys = files.filter(p -> p.toString().endsWith(".bpmn")).map(p -> {
                BpmnModelInstance model = Bpmn.readModelFromFile(p.toFile());
                Bpmn.validateModel(model);
                String key = p.getFileName().toString().replace(".bpmn", "");
                assertThat(model.getModelElementsByType(Process.class))
                        .extracting(Process::getId).containsExactly(key);
                assertThat(model.getModelElementsByType(Process.class).iterator().next().isExecutable()).isTrue();
                return key;
            }).toList();
            assertThat(keys).containsExactlyInAnyOrderElementsOf(ProcessKeys.ALL);
        }
    }
}
