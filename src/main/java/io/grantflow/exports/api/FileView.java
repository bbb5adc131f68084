package io.grantflow.exports.api;

/** A finished job's file: its name, media type and size; {@link #writeFile} writes its bytes. */
public record FileView(Long job, String name, String contentType, long size) {
}
