package org.cooperatorlab.model;

import java.util.Arrays;

/**
 * The shared sensory LSTM cell with one recurrent state per sensor slot (PyTorch {@code LSTMCell}
 * semantics, gates in the order i, f, g, o):
 *
 * <pre>
 *   z_i = W_ih [o_i, a_{t-1}] + b_ih + W_hh h_i + b_hh      (4E)
 *   c_i = sigmoid(z_f) * c_i + sigmoid(z_i) * tanh(z_g)
 *   h_i = sigmoid(z_o) * tanh(c_i)
 * </pre>
 *
 * <p>Weights are kept transposed, (in, 4E) row-major, so every update is a {@link Kernels#accumulate}
 * over the 4E gate rows. The part of z that does not depend on the sensor,
 * W_ih[:, 1:] a_{t-1} + b_ih + b_hh, is computed once per step. The matrices are a few dozen
 * elements, small enough that general EJML operations would cost more in call and bounds overhead
 * than the arithmetic itself.
 *
 * <p>The state arrays grow on demand and are never shrunk, so a steady number of sensors
 * allocates nothing per step.
 */
final class SensoryEncoder {

    private final int hiddenSize;
    private final int actionSize;
    private final int gateCount;

    /** W_ih column 0, the weight of the sensor value (4E). */
    private final double[] inputWeight;
    /** W_ih columns 1..A transposed, (A, 4E) row-major. */
    private final double[] actionWeightT;
    /** W_hh transposed, (E, 4E) row-major. */
    private final double[] recurrentWeightT;
    /** b_ih + b_hh (4E). */
    private final double[] biasSum;

    private final double[] sharedGates;
    private final double[] gates;

    private double[] hidden;
    private double[] cell;
    private int slots;

    SensoryEncoder(int hiddenSize, int actionSize, int initialSlots) {
        this.hiddenSize = hiddenSize;
        this.actionSize = actionSize;
        this.gateCount = 4 * hiddenSize;
        this.inputWeight = new double[gateCount];
        this.actionWeightT = new double[actionSize * gateCount];
        this.recurrentWeightT = new double[hiddenSize * gateCount];
        this.biasSum = new double[gateCount];
        this.sharedGates = new double[gateCount];
        this.gates = new double[gateCount];
        this.hidden = new double[initialSlots * hiddenSize];
        this.cell = new double[initialSlots * hiddenSize];
        this.slots = initialSlots;
    }

    void setParameters(double[] parameters, ParameterLayout layout) {
        int inputColumns = 1 + actionSize;
        int ih = layout.block("lstm.weight_ih").offset();
        int hh = layout.block("lstm.weight_hh").offset();
        int bih = layout.block("lstm.bias_ih").offset();
        int bhh = layout.block("lstm.bias_hh").offset();
        for (int g = 0; g < gateCount; g++) {
            inputWeight[g] = parameters[ih + g * inputColumns];
            for (int a = 0; a < actionSize; a++) {
                actionWeightT[a * gateCount + g] = parameters[ih + g * inputColumns + 1 + a];
            }
            for (int e = 0; e < hiddenSize; e++) {
                recurrentWeightT[e * gateCount + g] = parameters[hh + g * hiddenSize + e];
            }
            biasSum[g] = parameters[bih + g] + parameters[bhh + g];
        }
    }

    /** Zeroes every slot's state; the slot count stays as it was. */
    void reset() {
        Arrays.fill(hidden, 0.0);
        Arrays.fill(cell, 0.0);
    }

    /** Number of slots that currently hold a state. */
    int slots() {
        return slots;
    }

    /**
     * Sets the number of slots: slots past the old count start from a zero state, slots past the
     * new count are dropped.
     */
    void resize(int count) {
        int needed = count * hiddenSize;
        if (hidden.length < needed) {
            hidden = Arrays.copyOf(hidden, Math.max(needed, 2 * hidden.length));
            cell = Arrays.copyOf(cell, hidden.length);
        }
        if (count > slots) {
            Arrays.fill(hidden, slots * hiddenSize, needed, 0.0);
            Arrays.fill(cell, slots * hiddenSize, needed, 0.0);
        }
        slots = count;
    }

    /**
     * Advances every slot's state by one step; slot i reads {@code observation[i]}. The caller has
     * already called {@link #resize(int)} with the observation length. Neither argument is modified.
     */
    void step(double[] observation, double[] previousAction) {
        int e4 = gateCount;
        System.arraycopy(biasSum, 0, sharedGates, 0, e4);
        Kernels.accumulate(sharedGates, 0, previousAction, 0, actionSize, actionWeightT, e4);

        int e = hiddenSize;
        for (int i = 0; i < slots; i++) {
            double value = observation[i];
            int base = i * e;
            for (int g = 0; g < e4; g++) {
                gates[g] = sharedGates[g] + value * inputWeight[g];
            }
            Kernels.accumulate(gates, 0, hidden, base, e, recurrentWeightT, e4);
            for (int k = 0; k < e; k++) {
                double inputGate = Activations.sigmoid(gates[k]);
                double forgetGate = Activations.sigmoid(gates[e + k]);
                double candidate = Activations.tanh(gates[2 * e + k]);
                double outputGate = Activations.sigmoid(gates[3 * e + k]);
                double c = forgetGate * cell[base + k] + inputGate * candidate;
                cell[base + k] = c;
                hidden[base + k] = outputGate * Activations.tanh(c);
            }
        }
    }

    /**
     * Moves the states: new slot j takes the state of old slot {@code sourceSlot[j]}, or a zero
     * state where it is -1. The slot count becomes {@code sourceSlot.length}.
     *
     * @throws IllegalArgumentException if an entry is below -1 or not an existing slot
     */
    void permute(int[] sourceSlot) {
        for (int j = 0; j < sourceSlot.length; j++) {
            if (sourceSlot[j] < -1 || sourceSlot[j] >= slots) {
                throw new IllegalArgumentException("sourceSlot[" + j + "] must be -1 or a slot between 0 and "
                        + (slots - 1) + ", was " + sourceSlot[j]);
            }
        }
        int e = hiddenSize;
        double[] newHidden = new double[Math.max(hidden.length, sourceSlot.length * e)];
        double[] newCell = new double[newHidden.length];
        for (int j = 0; j < sourceSlot.length; j++) {
            if (sourceSlot[j] >= 0) {
                System.arraycopy(hidden, sourceSlot[j] * e, newHidden, j * e, e);
                System.arraycopy(cell, sourceSlot[j] * e, newCell, j * e, e);
            }
        }
        hidden = newHidden;
        cell = newCell;
        slots = sourceSlot.length;
    }

    /** Returns the hidden states, slot-major (slot i at [i E, (i + 1) E)); valid for the first {@link #slots()} slots. */
    double[] hidden() {
        return hidden;
    }

    /** Returns the cell states, laid out like {@link #hidden()}. */
    double[] cell() {
        return cell;
    }
}
