package io.grantflow.notifications.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.util.List;
import java.util.Optional;

/**
 * The real SMTP server of demo mode and tests (GreenMail, in the service's JVM, on 127.0.0.1 and a free
 * port): the service sends its mail to it over SMTP exactly as it would to the production server, the demo
 * mailbox page lists what it received, and tests read the messages from it. Started once per process, on the
 * first question for its port ({@link EmbeddedMailConfigSource}); never with a configured database.
 */
public final class EmbeddedMailServer {

    private static GreenMail server;

    private EmbeddedMailServer() {
    }

    /** The port of the running server, started now if it is not. */
    public static synchronized int port() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            started.start();
            server = started;
        }
        return server.getSmtp().getPort();
    }

    /** Whether this process runs it (demo mode, tests). */
    public static synchronized boolean running() {
        return server != null;
    }

    /** Every message it received, oldest first; empty when it does not run. */
    public static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : List.of(server.getReceivedMessages());
    }

    /** The server, for tests that read or reset it. */
    public static synchronized Optional<GreenMail> server() {
        return Optional.ofNullable(server);
    }
}
