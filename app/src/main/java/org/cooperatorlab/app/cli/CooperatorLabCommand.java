package org.cooperatorlab.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar cooperator-lab.jar COMMAND [OPTIONS]}. */
@Command(name = "cooperator-lab",
        mixinStandardHelpOptions = true,
        version = "Cooperator Lab 0.1.0",
        description = "Train and evaluate permutation-invariant agents with Cooperator and Transformer sensory layers. "
                + "Without a command, opens the desktop app.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, InfoCommand.class, BenchCommand.class, PlotCommand.class, CommandLine.HelpCommand.class})
public final class CooperatorLabCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns its exit code: 0 on success, 1 when the command failed (a
     * missing or invalid file, say), 2 for invalid options. Failures print one line, no stack trace.
     */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new CooperatorLabCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("error: " + exception.getMessage());
            String command = exception.getCommandLine().getCommandName();
            err.println("Run '" + (command.equals("cooperator-lab") ? command : "cooperator-lab " + command) + " --help' for the options.");
            return 2;
        });
        commandLine.setExecutionExceptionHandler((exception, parsed, parseResult) -> {
            err.println("error: " + describe(exception));
            org.slf4j.LoggerFactory.getLogger(CooperatorLabCommand.class).debug("command failed", exception);
            return exception instanceof IllegalArgumentException ? 2 : 1;
        });
        return commandLine.execute(args);
    }

    /**
     * Returns a one-line description. File-system exceptions carry only the path as their message,
     * so the path and the reason are spelled out.
     */
    private static String describe(Exception exception) {
        if (exception instanceof java.nio.file.NoSuchFileException e) {
            return e.getFile() + ": " + (e.getReason() == null ? "not found" : e.getReason());
        }
        if (exception instanceof java.nio.file.AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (exception instanceof java.nio.file.FileSystemException e) {
            return e.getFile() + ": " + (e.getReason() == null ? "file system error" : e.getReason());
        }
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    }
}
