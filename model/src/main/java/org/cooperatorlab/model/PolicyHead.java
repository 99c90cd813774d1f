package org.cooperatorlab.model;

/**
 * The head of every attention policy: h hidden layers x = tanh(W x + b) with W of shape (M, M),
 * then the output layer a = tanh(W x + b) with W of shape (A, M). Weights are read from the blocks
 * {@code head.hidden<i>.weight}, {@code head.hidden<i>.bias}, {@code head.weight} and
 * {@code head.bias}. The layers are a few hundred multiply-adds, so plain dot-product loops are used.
 */
final class PolicyHead {

    private final int inputs;
    private final int outputs;
    private final double[][] hiddenWeights;
    private final double[][] hiddenBiases;
    private final double[] outputWeight;
    private final double[] outputBias;
    private final double[] bufferA;
    private final double[] bufferB;

    PolicyHead(int inputs, int outputs, int hiddenLayers) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.hiddenWeights = new double[hiddenLayers][inputs * inputs];
        this.hiddenBiases = new double[hiddenLayers][inputs];
        this.outputWeight = new double[outputs * inputs];
        this.outputBias = new double[outputs];
        this.bufferA = new double[inputs];
        this.bufferB = new double[inputs];
    }

    void setParameters(double[] parameters, ParameterLayout layout) {
        for (int layer = 0; layer < hiddenWeights.length; layer++) {
            copy(parameters, layout.block("head.hidden" + layer + ".weight"), hiddenWeights[layer]);
            copy(parameters, layout.block("head.hidden" + layer + ".bias"), hiddenBiases[layer]);
        }
        copy(parameters, layout.block("head.weight"), outputWeight);
        copy(parameters, layout.block("head.bias"), outputBias);
    }

    static void copy(double[] parameters, ParameterLayout.Block block, double[] target) {
        System.arraycopy(parameters, block.offset(), target, 0, block.size());
    }

    /**
     * Writes the action for the message into {@code action}; {@code message} is not modified.
     * NaN in the message gives NaN in every action component.
     */
    void forward(double[] message, double[] action) {
        double[] in = message;
        for (int layer = 0; layer < hiddenWeights.length; layer++) {
            double[] out = (in == bufferA) ? bufferB : bufferA;
            dense(hiddenWeights[layer], hiddenBiases[layer], in, inputs, out, inputs);
            in = out;
        }
        dense(outputWeight, outputBias, in, inputs, action, outputs);
    }

    /** Computes out = tanh(W in + b) for a row-major (rows, columns) W. */
    static void dense(double[] weight, double[] bias, double[] in, int columns, double[] out, int rows) {
        for (int row = 0; row < rows; row++) {
            double sum = bias[row];
            int base = row * columns;
            for (int col = 0; col < columns; col++) {
                sum += weight[base + col] * in[col];
            }
            out[row] = Activations.tanh(sum);
        }
    }
}
