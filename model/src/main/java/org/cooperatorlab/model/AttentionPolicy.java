package org.cooperatorlab.model;

import java.util.Arrays;

/**
 * The common forward pass of every attention policy (Tang and Ha 2021, "The Sensory Neuron as a
 * Transformer", with the key line replaced by each subclass):
 *
 * <pre>
 *   H = LSTM(o_i, a_{t-1}) per sensor              (N x E)   {@link SensoryEncoder}
 *   Q = PE W_q^T + b_q                             (M x d)   once per parameter vector
 *   R = H W_k^T + b_k                              (N x d)
 *   K = keys(R, o)                                 (N x d)   subclass
 *   A = tanh(Q K^T / s)                            (M x N)   s = sqrt(d) when scaled, else 1
 *   m = tanh(A o)                                  (M)
 *   a = head(m)                                    (A)       {@link PolicyHead}
 * </pre>
 *
 * <p>When the keys are R itself (the Transformer), the key projection is folded into the queries:
 * Q K^T / s = G H^T + g 1^T with G = Q W_k / s (M x E) and g = Q b_k / s, both computed once per
 * parameter vector. That replaces d (E + M) multiply-adds per sensor by M E, and R is then computed
 * only for {@link #actTraced}. The two forms agree up to rounding.
 *
 * <p>{@link #act} allocates nothing once its scratch buffers have grown to the largest N seen. All
 * intermediate results stay in those buffers, and {@link #actTraced} copies them after running the
 * same code, so both return the same numbers. Matrices are row-major double arrays, and every
 * product goes through {@link Kernels#accumulate}, which explains why EJML is not used for them.
 *
 * <p>Non-finite values are not rejected: a NaN observation or parameter propagates, so a NaN in
 * any sensor makes every action component NaN, and the recurrent state stays NaN until
 * {@link #reset()}.
 */
abstract class AttentionPolicy implements Policy {

    protected final ModelSpec spec;
    protected final ParameterLayout layout;
    protected final int queries;
    protected final int messageSize;
    protected final int encodingSize;
    protected final int actionSize;
    private final boolean fixedSize;

    private final SensoryEncoder encoder;
    private final PolicyHead head;
    private final double[][] positionalEncoding;
    /** W_k transposed, (E, d) row-major. */
    private final double[] keyWeightT;
    private final double[] keyBias;
    /** Q = PE W_q^T + b_q, (M, d) row-major, unscaled. */
    protected final double[] queryMatrix;
    /** Q^T / s, (d, M) row-major. */
    private final double[] scaledQueryT;
    /** True when K = R, so the key projection is folded into {@link #foldedQueryT}. */
    private final boolean keysAreReceptive;
    /** G^T = (Q W_k / s)^T, (E, M) row-major; used only when {@link #keysAreReceptive}. */
    private final double[] foldedQueryT;
    /** g = Q b_k / s (M); used only when {@link #keysAreReceptive}. */
    private final double[] foldedQueryBias;
    private final double[] previousAction;
    private final double[] message;

    private int capacity;
    /** R, (N, d) row-major. */
    protected double[] receptive;
    /** A^T after tanh, (N, M) row-major. */
    private double[] attentionT;
    private boolean parametersSet;

    /**
     * @param fixedSize whether the model needs exactly {@code spec.observationSize()} sensors
     * @param keysAreReceptive whether the keys are R itself, so {@link #computeKeys} is never called
     *     from {@link #act}
     */
    protected AttentionPolicy(ModelSpec spec, boolean fixedSize, boolean keysAreReceptive) {
        this.spec = spec;
        this.layout = spec.layout();
        this.queries = spec.queries();
        this.messageSize = spec.messageSize();
        this.encodingSize = spec.encodingSize();
        this.actionSize = spec.actionSize();
        this.fixedSize = fixedSize;
        this.keysAreReceptive = keysAreReceptive;
        this.encoder = new SensoryEncoder(encodingSize, actionSize, spec.observationSize());
        this.head = new PolicyHead(queries, actionSize, spec.headHiddenLayers());
        this.positionalEncoding = PositionalEncoding.table(queries, encodingSize);
        this.keyWeightT = new double[encodingSize * messageSize];
        this.keyBias = new double[messageSize];
        this.queryMatrix = new double[queries * messageSize];
        this.scaledQueryT = new double[messageSize * queries];
        this.foldedQueryT = new double[encodingSize * queries];
        this.foldedQueryBias = new double[queries];
        this.previousAction = new double[actionSize];
        this.message = new double[queries];
        this.receptive = new double[0];
        this.attentionT = new double[0];
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public void setParameters(double[] parameters) {
        if (parameters.length != layout.size()) {
            throw new IllegalArgumentException("parameters must have length " + layout.size() + " for a "
                    + spec.kind().id() + " model with this specification, was " + parameters.length);
        }
        encoder.setParameters(parameters, layout);
        readKeyProjection(parameters);
        computeQueries(parameters);
        foldQueries();
        head.setParameters(parameters, layout);
        setLayerParameters(parameters);
        parametersSet = true;
    }

    private void readKeyProjection(double[] parameters) {
        int w = layout.block("proj_k.weight").offset();
        for (int k = 0; k < messageSize; k++) {
            for (int e = 0; e < encodingSize; e++) {
                keyWeightT[e * messageSize + k] = parameters[w + k * encodingSize + e];
            }
        }
        if (spec.projectionBias()) {
            PolicyHead.copy(parameters, layout.block("proj_k.bias"), keyBias);
        }
    }

    private void computeQueries(double[] parameters) {
        int w = layout.block("proj_q.weight").offset();
        int b = spec.projectionBias() ? layout.block("proj_q.bias").offset() : -1;
        double scale = spec.scaled() ? Math.sqrt(messageSize) : 1.0;
        for (int q = 0; q < queries; q++) {
            for (int k = 0; k < messageSize; k++) {
                double sum = 0.0;
                for (int e = 0; e < encodingSize; e++) {
                    sum += positionalEncoding[q][e] * parameters[w + k * encodingSize + e];
                }
                if (b >= 0) {
                    sum += parameters[b + k];
                }
                queryMatrix[q * messageSize + k] = sum;
                scaledQueryT[k * queries + q] = sum / scale;
            }
        }
    }

    /** G^T[e][q] = sum_k (Q/s)[q][k] W_k[k][e] and g[q] = sum_k (Q/s)[q][k] b_k[k]. */
    private void foldQueries() {
        for (int q = 0; q < queries; q++) {
            double bias = 0.0;
            for (int k = 0; k < messageSize; k++) {
                bias += scaledQueryT[k * queries + q] * keyBias[k];
            }
            foldedQueryBias[q] = bias;
            for (int e = 0; e < encodingSize; e++) {
                double sum = 0.0;
                for (int k = 0; k < messageSize; k++) {
                    sum += scaledQueryT[k * queries + q] * keyWeightT[e * messageSize + k];
                }
                foldedQueryT[e * queries + q] = sum;
            }
        }
    }

    /** Reads the layer's own blocks; called after Q has been computed. */
    protected abstract void setLayerParameters(double[] parameters);

    /**
     * Computes the keys from {@link #receptive} (first n rows) and the observation, and returns the
     * array that contains them, (n, d) row-major.
     */
    protected abstract double[] computeKeys(double[] observation, int n);

    /** Grows the subclass's scratch buffers to hold n sensors. */
    protected void growScratch(int n) {
    }

    @Override
    public void reset() {
        encoder.reset();
        Arrays.fill(previousAction, 0.0);
    }

    @Override
    public void act(double[] observation, double[] action) {
        int n = observation.length;
        checkSizes(n, action);
        if (n != encoder.slots()) {
            encoder.resize(n);
        }
        if (n > capacity) {
            ensureCapacity(n);
        }

        encoder.step(observation, previousAction);
        if (keysAreReceptive) {
            foldedLogits(n);
        } else {
            projectKeys(n);
            logits(computeKeys(observation, n), n);
        }
        attend(observation, n);
        head.forward(message, action);
        System.arraycopy(action, 0, previousAction, 0, actionSize);
    }

    private void checkSizes(int n, double[] action) {
        if (!parametersSet) {
            throw new IllegalStateException("call setParameters before act");
        }
        if (fixedSize && n != spec.observationSize()) {
            throw new IllegalArgumentException("observation has " + n + " values but this " + spec.kind().id()
                    + " model was built for " + spec.observationSize() + " sensors; it is not permutation"
                    + " invariant and needs exactly that many");
        }
        if (n == 0) {
            throw new IllegalArgumentException("observation must have at least one value, was empty");
        }
        if (action.length != actionSize) {
            throw new IllegalArgumentException("action must have length " + actionSize + ", was " + action.length);
        }
    }

    private void ensureCapacity(int n) {
        int grown = Math.max(n, 2 * capacity);
        receptive = new double[grown * messageSize];
        attentionT = new double[grown * queries];
        growScratch(grown);
        capacity = grown;
    }

    /** R_i = W_k h_i + b_k for every slot. */
    private void projectKeys(int n) {
        double[] hidden = encoder.hidden();
        int d = messageSize;
        int e = encodingSize;
        for (int i = 0; i < n; i++) {
            int out = i * d;
            System.arraycopy(keyBias, 0, receptive, out, d);
            Kernels.accumulate(receptive, out, hidden, i * e, e, keyWeightT, d);
        }
    }

    /** Writes the logits Q K^T / s into {@link #attentionT}, transposed. */
    private void logits(double[] keys, int n) {
        int m = queries;
        int d = messageSize;
        for (int i = 0; i < n; i++) {
            int out = i * m;
            Arrays.fill(attentionT, out, out + m, 0.0);
            Kernels.accumulate(attentionT, out, keys, i * d, d, scaledQueryT, m);
        }
    }

    /** Writes the logits G h_i + g into {@link #attentionT}, transposed; the Transformer's path. */
    private void foldedLogits(int n) {
        double[] hidden = encoder.hidden();
        int m = queries;
        int e = encodingSize;
        for (int i = 0; i < n; i++) {
            int out = i * m;
            System.arraycopy(foldedQueryBias, 0, attentionT, out, m);
            Kernels.accumulate(attentionT, out, hidden, i * e, e, foldedQueryT, m);
        }
    }

    /** Applies tanh to the logits, giving A, and computes m = tanh(A o). */
    private void attend(double[] observation, int n) {
        int m = queries;
        Arrays.fill(message, 0.0);
        for (int i = 0; i < n; i++) {
            int out = i * m;
            double value = observation[i];
            for (int q = 0; q < m; q++) {
                double weight = Activations.tanh(attentionT[out + q]);
                attentionT[out + q] = weight;
                message[q] += weight * value;
            }
        }
        for (int q = 0; q < m; q++) {
            message[q] = Activations.tanh(message[q]);
        }
    }

    @Override
    public LayerTrace actTraced(double[] observation, double[] action) {
        act(observation, action);
        int n = observation.length;
        if (keysAreReceptive) {
            projectKeys(n);
        }
        double[][] attention = new double[queries][n];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < queries; q++) {
                attention[q][i] = attentionT[i * queries + q];
            }
        }
        return new LayerTrace(observation.clone(), rows(receptive, n, messageSize), traceProximal(n),
                traceDistal(n), traceUniversal(n), traceContext(n), rows(computedKeys(), n, messageSize),
                attention, message.clone(), action.clone());
    }

    /** The array {@link #computeKeys} returned at the last step. */
    protected abstract double[] computedKeys();

    protected double[][] traceProximal(int n) {
        return null;
    }

    protected double[][] traceDistal(int n) {
        return null;
    }

    protected double[][] traceUniversal(int n) {
        return null;
    }

    protected double[][] traceContext(int n) {
        return null;
    }

    /** Copies the first n rows of a row-major (rows, columns) array into a new matrix. */
    protected static double[][] rows(double[] flat, int n, int columns) {
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            copy[i] = Arrays.copyOfRange(flat, i * columns, (i + 1) * columns);
        }
        return copy;
    }

    /** Returns n copies of one row. */
    protected static double[][] repeat(double[] row, int n) {
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            copy[i] = row.clone();
        }
        return copy;
    }

    @Override
    public void permuteState(int[] sourceSlot) {
        if (fixedSize && sourceSlot.length != spec.observationSize()) {
            throw new IllegalArgumentException("sourceSlot must have length " + spec.observationSize()
                    + " for this fixed-size " + spec.kind().id() + " model, was " + sourceSlot.length);
        }
        if (sourceSlot.length == 0 || sourceSlot.length > ModelSpec.MAX_OBSERVATION_SIZE) {
            throw new IllegalArgumentException("sourceSlot must have between 1 and "
                    + ModelSpec.MAX_OBSERVATION_SIZE + " entries, was " + sourceSlot.length);
        }
        encoder.permute(sourceSlot);
    }
}
