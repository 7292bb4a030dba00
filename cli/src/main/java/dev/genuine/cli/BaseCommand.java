package dev.genuine.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** What every genuine command shares: exit statuses, the home folder option and its output streams. */
public abstract class BaseCommand implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @Mixin
    protected HomeMixin home;

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    /** The command's work; throw {@link ExitException} to fail with a message. */
    protected abstract int run() throws Exception;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
