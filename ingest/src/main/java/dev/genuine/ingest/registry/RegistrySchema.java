package dev.genuine.ingest.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema (draft 2020-12) of the registry file format, as published by {@code genuine registry schema}. */
public final class RegistrySchema {
    public static final String RESOURCE = "registry.schema.json";

    private RegistrySchema() {}

    /** The schema's text, exactly as bundled. */
    public static String text() {
        try (InputStream in = RegistrySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the bundled " + RESOURCE + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
        }
    }
}
