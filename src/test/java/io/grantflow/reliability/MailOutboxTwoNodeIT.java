package io.grantflow.reliability;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.grantflow.support.ServiceNode;
import io.grantflow.support.StressDatabase;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged service drain one notification outbox into one SMTP server (a real one, in the
 * test's JVM): every notification is mailed exactly once and recorded once, whichever node took it. The rows
 * are written after both nodes run, so both drain at the same time. Size: {@code stress.mail.notifications}
 * (CI 400).
 */
class MailOutboxTwoNodeIT {

    private static final int NOTIFICATIONS = Integer.getInteger("stress.mail.notifications", 400);
    private static final int PEOPLE = 40;
    private static final List<ServiceNode> nodes = new ArrayList<>();
    private static GreenMail smtp;

    @AfterAll
    static void stop() {
        nodes.forEach(ServiceNode::kill);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void twoNodesMailEachNotificationOnce() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        StressDatabase db = StressDatabase.fresh("grantflow_mail_nodes");
        Map<String, String> env = Map.of("GRANTFLOW_MAIL_ENABLED", "true",
                "QUARKUS_MAILER_HOST", "127.0.0.1", "QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "QUARKUS_MAILER_START_TLS", "DISABLED", "GRANTFLOW_MAIL_POLL_EVERY", "0.2s");
        ServiceNode a = new ServiceNode("mail-a", db, env).start();
        nodes.add(a);
        ServiceNode b = new ServiceNode("mail-b", db, env).start();
        nodes.add(b);

        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement person = c.prepareStatement("insert into grantflow.app_user (issuer, subject, handle, "
                    + "display_name, email, language, created_at, updated_at) values ('urn:test', ?, ?, ?, ?, 'en', now(), now())")) {
                for (int p = 0; p < PEOPLE; p++) {
                    person.setString(1, "person-" + p);
                    person.setString(2, "person-" + p);
                    person.setString(3, "Person " + p);
                    person.setString(4, "person-" + p + "@mail.grantflow.test");
                    person.addBatch();
                }
                person.executeBatch();
            }
            try (PreparedStatement n = c.prepareStatement("insert into grantflow.notification (recipient, kind, subject, body, "
                    + "reference, params, created_at) values (?, 'WAITLISTED', 'Your application is on the waiting list', '', ?, "
                    + "cast(? as jsonb), now())")) {
                for (int i = 0; i < NOTIFICATIONS; i++) {
                    n.setString(1, "person-" + (i % PEOPLE));
                    n.setString(2, "application:" + (i + 1));
                    n.setString(3, "{\"openCall:text\": \"Open call " + i + "\", \"application:text\": \"" + (i + 1) + "\"}");
                    n.addBatch();
                }
                n.executeBatch();
            }
            c.commit();
        }

        db.awaitZero("select count(*) from grantflow.notification where mail_state <> 'SENT'", Duration.ofMinutes(10));
        assertThat(db.count("select count(*) from grantflow.notification where mail_state = 'SENT' and attempts = 1"))
                .as("every notification recorded as mailed, at the first attempt").isEqualTo(NOTIFICATIONS);

        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> ids = Arrays.stream(received).map(m -> header(m, "Message-ID")).toList();
        Set<String> distinct = new TreeSet<>(ids);
        assertThat(distinct).as("distinct Message-IDs").hasSize(NOTIFICATIONS);
        assertThat(ids).as("messages the SMTP server received: each once").hasSize(NOTIFICATIONS);
        Set<String> recorded = new TreeSet<>(db.strings("select message_id from grantflow.notification"));
        assertThat(recorded).isEqualTo(distinct);

        String logA = Files.readString(Path.of("target", "node-mail-a.log"));
        String logB = Files.readString(Path.of("target", "node-mail-b.log"));
        assertThat(logA.contains("Mail outbox:") || logB.contains("Mail outbox:")).isTrue();
        Files.writeString(Path.of("target", "reliability-mail-two-nodes.txt"), String.format(
                "%d notifications, two nodes: %d messages received, %d distinct Message-IDs; node A drained in %d run(s), node B in %d%n",
                NOTIFICATIONS, ids.size(), distinct.size(), runs(logA), runs(logB)));
    }

    private static long runs(String log) {
        return log.lines().filter(l -> l.contains("Mail outbox:")).count();
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name)[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
