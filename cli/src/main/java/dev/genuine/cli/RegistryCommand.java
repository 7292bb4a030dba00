package dev.genuine.cli;

import picocli.CommandLine.Command;

/** {@code genuine registry ...}: rights holders' registry files, their versions and differences. */
@Command(name = "registry", description = "Import, validate and inspect rights holders' registry files.",
        subcommands = {RegistryImportCommand.class, RegistryValidateCommand.class, RegistrySchemaCommand.class,
                RegistryListCommand.class, RegistryShowCommand.class, RegistryDiffCommand.class})
final class RegistryCommand extends ParentCommand {
}
