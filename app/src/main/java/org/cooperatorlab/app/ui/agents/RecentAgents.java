package org.cooperatorlab.app.ui.agents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The most recently loaded or saved agent files, newest first, kept in the user's preferences. */
public final class RecentAgents {

    public static final int MAX_ENTRIES = 8;
    private static final String KEY = "recent-agent-";
    private static final Logger LOG = LoggerFactory.getLogger(RecentAgents.class);

    private final Preferences node;

    /** @param node where the list is stored; the app uses the user node of this package */
    public RecentAgents(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    public static RecentAgents forUser() {
        return new RecentAgents(Preferences.userNodeForPackage(RecentAgents.class));
    }

    /** The stored files, newest first. */
    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX_ENTRIES; i++) {
            String value = node.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                paths.add(Path.of(value));
            }
        }
        return paths;
    }

    /** Puts {@code path} first, dropping an older entry of the same file and the oldest beyond {@value #MAX_ENTRIES}. */
    public void add(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        for (int i = 0; i < MAX_ENTRIES; i++) {
            if (i < paths.size()) {
                node.put(KEY + i, paths.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not store the recent agent list", e);
        }
    }
}
