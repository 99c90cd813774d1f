package org.cooperatorlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cooperatorlab.app.agents.Agents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code info}: describes an agent file. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show an agent file's environment, model, sizes, parameter count and training metadata.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--agent", required = true, description = "Agent file (JSON).")
    Path agent;

    @Override
    public Integer call() throws IOException {
        Agents.Loaded loaded = Agents.load(agent);
        PrintWriter out = spec.commandLine().getOut();
        for (String line : Agents.describe(loaded)) {
            out.println(line);
        }
        return 0;
    }
}
