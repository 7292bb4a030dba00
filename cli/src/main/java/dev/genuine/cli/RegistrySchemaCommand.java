package dev.genuine.cli;

import dev.genuine.ingest.registry.RegistrySchema;
import picocli.CommandLine.Command;

/** {@code genuine registry schema}: prints the registry format's JSON Schema. */
@Command(name = "schema", description = "Print the JSON Schema of registry files.")
final class RegistrySchemaCommand extends BaseCommand {
    @Override
    protected int run() {
        out().print(RegistrySchema.text());
        out().flush();
        return EXIT_OK;
    }
}
