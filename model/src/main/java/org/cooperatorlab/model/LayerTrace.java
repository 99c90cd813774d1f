package org.cooperatorlab.model;

/**
 * Every internal quantity of one policy step, copied for the inspector. Rows of the sensor-indexed
 * matrices follow the observation slots. A field is null when the model has no such quantity (for
 * example C for the Transformer, or everything but the action for the feed-forward baseline).
 *
 * <p>The arrays belong to the trace and are never modified after it is built.
 *
 * @param observation the observation the step saw (N)
 * @param receptiveField R, the key drive (N x d)
 * @param proximal P (N x d)
 * @param distal D (N x d)
 * @param universal U (N x d, every row equal)
 * @param context C = P + D + U, or the authors' code's positional context (N x d)
 * @param keys K, the modulated output used as keys (N x d); equals R for the Transformer
 * @param attention the attention matrix (M x N)
 * @param message the message vector m (M)
 * @param action the action (A)
 */
public record LayerTrace(
        double[] observation,
        double[][] receptiveField,
        double[][] proximal,
        double[][] distal,
        double[][] universal,
        double[][] context,
        double[][] keys,
        double[][] attention,
        double[] message,
        double[] action) {
}
