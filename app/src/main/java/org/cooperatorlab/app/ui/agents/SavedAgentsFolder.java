package org.cooperatorlab.app.ui.agents;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the {@code saved-agents/} folder of the repository, which holds the shipped agents and is
 * the default folder for saving.
 */
public final class SavedAgentsFolder {

    public static final String NAME = "saved-agents";
    private static final Logger LOG = LoggerFactory.getLogger(SavedAgentsFolder.class);

    private SavedAgentsFolder() {
    }

    /**
     * Returns the first existing folder among {@code saved-agents} in the working directory, in its
     * parent (tests run in the module folder), and two levels above the running jar
     * ({@code app/target/cooperator-lab.jar}); otherwise {@code saved-agents} in the working
     * directory, which a save creates.
     */
    public static Path locate() {
        List<Path> candidates = new ArrayList<>();
        Path workingDirectory = Path.of("").toAbsolutePath();
        candidates.add(workingDirectory.resolve(NAME));
        if (workingDirectory.getParent() != null) {
            candidates.add(workingDirectory.getParent().resolve(NAME));
        }
        Path jar = jarLocation();
        if (jar != null && jar.getParent() != null && jar.getParent().getParent() != null
                && jar.getParent().getParent().getParent() != null) {
            candidates.add(jar.getParent().getParent().getParent().resolve(NAME));
        }
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        return candidates.get(0);
    }

    private static Path jarLocation() {
        try {
            var source = SavedAgentsFolder.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            LOG.debug("Could not locate the running jar", e);
            return null;
        }
    }

    /** The {@code .json} files directly in {@code folder}, sorted by name; empty if it does not exist. */
    public static List<Path> agentFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.warn("Could not list agent files in {}", folder, e);
            return List.of();
        }
    }
}
