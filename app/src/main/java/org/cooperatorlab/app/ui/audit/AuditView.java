package org.cooperatorlab.app.ui.audit;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.cooperatorlab.app.ui.common.BackgroundExecutor;
import org.cooperatorlab.app.ui.common.ErrorListener;
import org.cooperatorlab.model.Policy;
import org.cooperatorlab.physics.Environment;

/**
 * The permutation audit panel: one button that measures, for the agent in the live view, the
 * largest action change over random sensor permutations, and the figures it found.
 */
public final class AuditView extends VBox {

    /** Permutations tried per audit. */
    public static final int PERMUTATIONS = 50;
    /** Longest reference episode, in steps. */
    public static final int STEPS = 300;
    /** An action change below this counts as invariant: float64 rounding over a few hundred steps stays far below it. */
    public static final double INVARIANT = 1e-9;

    /**
     * What to audit.
     *
     * @param label the agent's name
     * @param policies creates a fresh policy of the agent's model
     * @param parameters the agent's parameters
     * @param environment creates a fresh environment of the agent's task
     */
    public record Target(String label, Supplier<Policy> policies, double[] parameters, Supplier<Environment> environment) {
    }

    private final Label agent = new Label("Audits the agent in the live view.");
    private final Label atReset = figure("at-reset");
    private final Label midEpisode = figure("mid-episode");
    private final Label realigned = figure("realigned");
    private final Label verdict = new Label();
    private final Button run = new Button("Run permutation audit");

    /**
     * @param targets returns the agent to audit, or null when none is shown
     * @param executor runs the audit off the JavaFX thread
     * @param fxThread runs the result display on the JavaFX thread
     */
    public AuditView(Supplier<Target> targets, BackgroundExecutor executor, Consumer<Runnable> fxThread, ErrorListener errors) {
        setId("audit-view");
        getStyleClass().add("audit-view");
        setSpacing(6);
        Label heading = new Label("Permutation audit");
        heading.getStyleClass().add("section-heading");
        run.setId("audit-button");
        run.setTooltip(new Tooltip("Replay one episode of the shown agent under " + PERMUTATIONS
                + " random sensor permutations and report the largest change in action."));
        verdict.setId("audit-verdict");
        verdict.setWrapText(true);
        agent.setWrapText(true);
        run.setOnAction(event -> {
            Target target = targets.get();
            if (target == null) {
                agent.setText("No agent to audit: train a model or load an agent first.");
                return;
            }
            run.setDisable(true);
            agent.setText("Auditing " + target.label() + "...");
            executor.execute("permutation-audit", () -> {
                try {
                    PermutationAudit.Result result = PermutationAudit.run(target.policies(), target.parameters(),
                            target.environment().get(), 1234, PERMUTATIONS, STEPS);
                    fxThread.accept(() -> show(target.label(), result));
                } catch (RuntimeException e) {
                    fxThread.accept(() -> {
                        run.setDisable(false);
                        agent.setText("The audit failed.");
                        errors.report("Permutation audit failed", String.valueOf(e.getMessage()), e);
                    });
                }
            });
        });

        GridPane table = new GridPane();
        table.setHgap(10);
        table.setVgap(3);
        table.addRow(0, new Label("Permuted at reset"), atReset);
        table.addRow(1, new Label("Mid-episode, state kept"), midEpisode);
        table.addRow(2, new Label("Mid-episode, state re-aligned"), realigned);
        Tooltip.install(table, new Tooltip("Largest |action change| over every permutation and step. A permutation-"
                + "invariant layer stays at rounding level at reset and when re-aligned."));
        getChildren().addAll(heading, agent, run, table, verdict);
    }

    private static Label figure(String id) {
        Label label = new Label("-");
        label.setId("audit-" + id);
        label.getStyleClass().add("audit-figure");
        return label;
    }

    private void show(String label, PermutationAudit.Result result) {
        run.setDisable(false);
        agent.setText(String.format(Locale.ROOT, "%s: %d permutations over %d steps, switch at step %d; "
                + "largest |action| %.3f.", label, result.permutations(), result.steps(), result.switchStep(),
                result.actionScale()));
        atReset.setText(format(result.maxAtReset()));
        midEpisode.setText(format(result.maxMidEpisode()));
        realigned.setText(format(result.maxMidEpisodeRealigned()));
        boolean invariant = result.maxAtReset() < INVARIANT && result.maxMidEpisodeRealigned() < INVARIANT;
        verdict.getStyleClass().removeAll("audit-pass", "audit-fail");
        verdict.getStyleClass().add(invariant ? "audit-pass" : "audit-fail");
        verdict.setText(invariant
                ? "Permutation invariant: the action does not depend on the sensor order."
                : "Not permutation invariant: the action changes when the sensors are permuted.");
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3e", value);
    }

    public Label verdict() {
        return verdict;
    }
}
