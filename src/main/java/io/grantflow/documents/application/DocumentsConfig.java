package io.grantflow.documents.application;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The documents' settings (docs/operations.md): the size limit, the storage chunk and the optional virus scanner. */
@ConfigMapping(prefix = "grantflow.documents")
public interface DocumentsConfig {

    /** The largest document taken (the upload routes only; every other body keeps its 1 MB). */
    @WithDefault("20M")
    MemorySize maxSize();

    /** How much of a document one database row holds (and one request reads or writes at a time). */
    @WithDefault("512K")
    MemorySize chunkSize();

    /** ClamAV's clamd, reached over TCP with INSTREAM; no host means no scan. */
    Clamav clamav();

    interface Clamav {
        Optional<String> host();

        @WithDefault("3310")
        int port();

        /** How long a connection and each answer may take; past it the upload is refused 503. */
        @WithDefault("30S")
        Duration timeout();
    }
}
