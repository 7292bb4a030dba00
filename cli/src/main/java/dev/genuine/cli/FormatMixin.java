package dev.genuine.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}: human tables or machine-readable JSON. */
public class FormatMixin {
    public enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    public boolean json() {
        return format == Format.json;
    }
}
