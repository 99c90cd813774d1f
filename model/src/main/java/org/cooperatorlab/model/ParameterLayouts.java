package org.cooperatorlab.model;

/**
 * The flat parameter order of every model. Matrices are (out, in), row-major.
 *
 * <p>Attention models (every kind but the feed-forward baseline), in this order:
 * <ol>
 *   <li>{@code lstm.weight_ih} (4E, 1 + A), {@code lstm.weight_hh} (4E, E), {@code lstm.bias_ih}
 *       (4E), {@code lstm.bias_hh} (4E): the shared sensory LSTM, gates in the order i, f, g, o;</li>
 *   <li>{@code proj_q.weight} (d, E) and, with projection bias, {@code proj_q.bias} (d);</li>
 *   <li>{@code proj_k.weight} (d, E) and, with projection bias, {@code proj_k.bias} (d);</li>
 *   <li>Cooperator and TM1-TM4: {@code context.w_p} (d) when P is on, {@code context.w_d} (d) and
 *       {@code context.b_d} (d) when D is on;</li>
 *   <li>Cooperator (authors' code): {@code context.weight} (N, M) and {@code context.bias} (N), the
 *       linear map from the M query rows to the N input slots;</li>
 *   <li>head: {@code head.hidden<i>.weight} (M, M) and {@code head.hidden<i>.bias} (M) per hidden
 *       layer, then {@code head.weight} (A, M) and {@code head.bias} (A).</li>
 * </ol>
 * For the Transformer with CartPole settings this is exactly the order of Tang and Ha's released
 * PyTorch agent (913 parameters), so it loads unchanged.
 *
 * <p>Feed-forward baseline: {@code ff.0.weight} (H, N), {@code ff.0.bias} (H), {@code ff.1.weight}
 * (H, H), {@code ff.1.bias} (H), {@code ff.2.weight} (A, H), {@code ff.2.bias} (A). *
 * <p>Resulting parameter counts with every context term on (checked by {@code ParameterLayoutsTest}):
 * <table>
 *   <caption>Parameters per model</caption>
 *   <tr><th>model</th><th>CartPole (N = 5, A = 1)</th><th>3D Ant (N = 28, A = 8)</th></tr>
 *   <tr><td>transformer</td><td>913</td><td>2504</td></tr>
 *   <tr><td>cooperator, tm1, tm2, tm3, tm4</td><td>1009</td><td>2600</td></tr>
 *   <tr><td>cooperator-authors</td><td>998</td><td>3428</td></tr>
 *   <tr><td>feedforward</td><td>385</td><td>2248</td></tr>
 * </table>
 * Each context term switched off removes d = 32 (P) or 2d = 64 (D) parameters; U has none.
 */
public final class ParameterLayouts {

    private ParameterLayouts() {
    }

    public static ParameterLayout of(ModelSpec spec) {
        ParameterLayout.Builder builder = ParameterLayout.builder();
        if (spec.kind() == ModelKind.FEEDFORWARD) {
            int hidden = spec.feedForwardHidden();
            return builder
                    .matrix("ff.0.weight", hidden, spec.observationSize())
                    .vector("ff.0.bias", hidden)
                    .matrix("ff.1.weight", hidden, hidden)
                    .vector("ff.1.bias", hidden)
                    .matrix("ff.2.weight", spec.actionSize(), hidden)
                    .vector("ff.2.bias", spec.actionSize())
                    .build();
        }

        int e = spec.encodingSize();
        int d = spec.messageSize();
        int m = spec.queries();
        builder.matrix("lstm.weight_ih", 4 * e, 1 + spec.actionSize())
                .matrix("lstm.weight_hh", 4 * e, e)
                .vector("lstm.bias_ih", 4 * e)
                .vector("lstm.bias_hh", 4 * e);
        builder.matrix("proj_q.weight", d, e);
        if (spec.projectionBias()) {
            builder.vector("proj_q.bias", d);
        }
        builder.matrix("proj_k.weight", d, e);
        if (spec.projectionBias()) {
            builder.vector("proj_k.bias", d);
        }

        if (spec.kind() == ModelKind.COOPERATOR_AUTHORS) {
            builder.matrix("context.weight", spec.observationSize(), m)
                    .vector("context.bias", spec.observationSize());
        } else if (spec.kind().hasContext()) {
            if (spec.context().proximal()) {
                builder.vector("context.w_p", d);
            }
            if (spec.context().distal()) {
                builder.vector("context.w_d", d).vector("context.b_d", d);
            }
        }

        for (int layer = 0; layer < spec.headHiddenLayers(); layer++) {
            builder.matrix("head.hidden" + layer + ".weight", m, m).vector("head.hidden" + layer + ".bias", m);
        }
        return builder.matrix("head.weight", spec.actionSize(), m).vector("head.bias", spec.actionSize()).build();
    }
}
