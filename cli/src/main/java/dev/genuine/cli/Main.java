package dev.genuine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The genuine command-line program; the only place that calls {@code System.exit}. */
@Command(name = "genuine", mixinStandardHelpOptions = true, version = "genuine 0.1.0",
        description = "Counterfeit and IP-infringement detection for online marketplaces.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main extends ParentCommand {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams and returns the exit status (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int status;
        try {
            status = cl.execute(args);
        } catch (LinkageError | VirtualMachineError e) {
            // Errors bypass picocli's handler; report them like any failure rather than as a stack trace.
            err.println("genuine: internal error: " + describe(e));
            if (System.getenv("GENUINE_DEBUG") != null) e.printStackTrace(err);
            status = BaseCommand.EXIT_FAILED;
        }
        out.flush();
        err.flush();
        return status;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        Commands.register(cl);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ExitException exit) {
                commandLine.getErr().println("genuine: " + exit.getMessage());
                return exit.status();
            }
            commandLine.getErr().println("genuine: " + describe(ex));
            if (System.getenv("GENUINE_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return BaseCommand.EXIT_FAILED;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("genuine: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BaseCommand.EXIT_USAGE;
        });
        return cl;
    }

    private static String describe(Throwable ex) {
        String msg = ex.getMessage();
        return msg == null || msg.isBlank() ? ex.getClass().getSimpleName() : msg;
    }
}
