package dev.genuine.cli;

import picocli.CommandLine.Command;

/** {@code genuine model}: the learned models (takedown scorer, photo embedding): train, evaluate, promote, list. */
@Command(name = "model", description = "The learned models (scorer, photo embedding): train, evaluate, promote and list them.",
        subcommands = {ModelTrainCommand.class, ModelEvaluateCommand.class, ModelPromoteCommand.class, ModelListCommand.class})
public final class ModelCommand extends ParentCommand {
}
