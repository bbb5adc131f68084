package io.grantflow.documents.application;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the scanner's INSTREAM exchange to the protocol test. */
public final class VirusScannerProbe {

    private VirusScannerProbe() {
    }

    public static String instream(String host, int port, int timeoutMillis, Path file) throws IOException {
        return VirusScanner.instream(host, port, timeoutMillis, file);
    }
}
