package org.cooperatorlab.app.ui.common;

import java.net.URL;
import java.util.Objects;
import javafx.scene.Scene;

/** The light and dark stylesheets shipped in the ui-resources module. */
public enum Theme {
    LIGHT("light.css"),
    DARK("dark.css");

    private static final String BASE = "base.css";
    private static final String FOLDER = "/org/cooperatorlab/ui/";

    private final String file;

    Theme(String file) {
        this.file = file;
    }

    /** Replaces the scene's stylesheets by the shared base sheet and this theme's sheet. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(url(BASE), url(file));
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    private static String url(String name) {
        URL url = Theme.class.getResource(FOLDER + name);
        return Objects.requireNonNull(url, () -> "stylesheet " + FOLDER + name + " is missing from the classpath").toExternalForm();
    }
}
