package org.cooperatorlab.model;

/**
 * A direct transcription of the layer formulas with double[][] matrices, Math.tanh and Math.pow,
 * written independently of the policies' optimised loops, to cross-check them. Only for tests.
 */
final class NaiveReference {

    private final ModelSpec spec;
    private final double[] p;
    private final ParameterLayout layout;
    private double[][] h;
    private double[][] c;
    private double[] previousAction;

    NaiveReference(ModelSpec spec, double[] parameters) {
        this.spec = spec;
        this.p = parameters.clone();
        this.layout = spec.layout();
        this.previousAction = new double[spec.actionSize()];
    }

    private double[][] matrix(String name) {
        ParameterLayout.Block block = layout.block(name);
        double[][] m = new double[block.rows()][block.columns()];
        for (int r = 0; r < block.rows(); r++) {
            for (int col = 0; col < block.columns(); col++) {
                m[r][col] = p[block.offset() + r * block.columns() + col];
            }
        }
        return m;
    }

    private double[] vector(String name) {
        return layout.contains(name) ? matrix(name)[0] : null;
    }

    private static double[] affine(double[][] w, double[] x, double[] b) {
        double[] y = new double[w.length];
        for (int r = 0; r < w.length; r++) {
            y[r] = b == null ? 0.0 : b[r];
            for (int col = 0; col < x.length; col++) {
                y[r] += w[r][col] * x[col];
            }
        }
        return y;
    }

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** Returns the trace of one step computed from the formulas. */
    LayerTrace step(double[] o) {
        if (spec.kind() == ModelKind.FEEDFORWARD) {
            double[] x = tanh(affine(matrix("ff.0.weight"), o, vector("ff.0.bias")));
            x = tanh(affine(matrix("ff.1.weight"), x, vector("ff.1.bias")));
            double[] a = tanh(affine(matrix("ff.2.weight"), x, vector("ff.2.bias")));
            return new LayerTrace(o, null, null, null, null, null, null, null, null, a);
        }
        int n = o.length;
        int e = spec.encodingSize();
        int d = spec.messageSize();
        int m = spec.queries();
        if (h == null) {
            h = new double[n][e];
            c = new double[n][e];
        }
        if (h.length != n) {
            // Slots past the old count start from zero; slots past the new count are dropped.
            double[][] newH = new double[n][e];
            double[][] newC = new double[n][e];
            for (int i = 0; i < Math.min(n, h.length); i++) {
                newH[i] = h[i];
                newC[i] = c[i];
            }
            h = newH;
            c = newC;
        }

        double[][] wih = matrix("lstm.weight_ih");
        double[][] whh = matrix("lstm.weight_hh");
        double[] bih = vector("lstm.bias_ih");
        double[] bhh = vector("lstm.bias_hh");
        for (int i = 0; i < n; i++) {
            double[] input = new double[1 + spec.actionSize()];
            input[0] = o[i];
            System.arraycopy(previousAction, 0, input, 1, spec.actionSize());
            double[] zi = affine(wih, input, bih);
            double[] zh = affine(whh, h[i], bhh);
            for (int k = 0; k < e; k++) {
                double ig = sigmoid(zi[k] + zh[k]);
                double fg = sigmoid(zi[e + k] + zh[e + k]);
                double gg = Math.tanh(zi[2 * e + k] + zh[2 * e + k]);
                double og = sigmoid(zi[3 * e + k] + zh[3 * e + k]);
                c[i][k] = fg * c[i][k] + ig * gg;
                h[i][k] = og * Math.tanh(c[i][k]);
            }
        }

        double[][] pe = PositionalEncoding.table(m, e);
        double[][] q = new double[m][];
        for (int r = 0; r < m; r++) {
            q[r] = affine(matrix("proj_q.weight"), pe[r], vector("proj_q.bias"));
        }
        double[][] rf = new double[n][];
        for (int i = 0; i < n; i++) {
            rf[i] = affine(matrix("proj_k.weight"), h[i], vector("proj_k.bias"));
        }

        double[][] proximal = null;
        double[][] distal = null;
        double[][] universal = null;
        double[][] context = null;
        double[][] keys = new double[n][d];
        ModelKind kind = spec.kind();
        if (kind == ModelKind.TRANSFORMER) {
            keys = rf;
        } else if (kind == ModelKind.COOPERATOR_AUTHORS) {
            double[][] wc = matrix("context.weight");
            double[] bc = vector("context.bias");
            context = new double[n][d];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < d; k++) {
                    context[i][k] = bc[i];
                    for (int r = 0; r < m; r++) {
                        context[i][k] += wc[i][r] * q[r][k];
                    }
                    double x = rf[i][k];
                    keys[i][k] = Math.min(6.0, Math.max(0.0, x * x + 2 * x + context[i][k] * (1 + Math.abs(x))));
                }
            }
        } else {
            ContextTerms terms = spec.context();
            proximal = terms.proximal() ? new double[n][d] : null;
            distal = terms.distal() ? new double[n][d] : null;
            universal = terms.universal() ? new double[n][d] : null;
            context = new double[n][d];
            for (int i = 0; i < n; i++) {
                double others = 0.0;
                for (int j = 0; j < n; j++) {
                    others += j == i ? 0.0 : o[j];
                }
                double meanOthers = n > 1 ? others / (n - 1) : 0.0;
                for (int k = 0; k < d; k++) {
                    if (proximal != null) {
                        double meanR = 0.0;
                        for (int j = 0; j < n; j++) {
                            meanR += rf[j][k] / n;
                        }
                        proximal[i][k] = vector("context.w_p")[k] * meanR;
                        context[i][k] += proximal[i][k];
                    }
                    if (distal != null) {
                        distal[i][k] = vector("context.w_d")[k] * meanOthers + vector("context.b_d")[k];
                        context[i][k] += distal[i][k];
                    }
                    if (universal != null) {
                        for (int r = 0; r < m; r++) {
                            universal[i][k] += q[r][k] / m;
                        }
                        context[i][k] += universal[i][k];
                    }
                    keys[i][k] = transfer(kind, rf[i][k], context[i][k]);
                }
            }
        }

        double scale = spec.scaled() ? Math.sqrt(d) : 1.0;
        double[][] attention = new double[m][n];
        double[] message = new double[m];
        for (int r = 0; r < m; r++) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                double dot = 0.0;
                for (int k = 0; k < d; k++) {
                    dot += q[r][k] * keys[i][k];
                }
                attention[r][i] = Math.tanh(dot / scale);
                sum += attention[r][i] * o[i];
            }
            message[r] = Math.tanh(sum);
        }

        double[] x = message;
        for (int layer = 0; layer < spec.headHiddenLayers(); layer++) {
            x = tanh(affine(matrix("head.hidden" + layer + ".weight"), x, vector("head.hidden" + layer + ".bias")));
        }
        double[] action = tanh(affine(matrix("head.weight"), x, vector("head.bias")));
        previousAction = action.clone();
        return new LayerTrace(o, rf, proximal, distal, universal, context, keys, attention, message, action);
    }

    /** New slot j takes the state of old slot sourceSlot[j], or zero where it is -1. */
    void permute(int[] sourceSlot) {
        int e = spec.encodingSize();
        double[][] newH = new double[sourceSlot.length][e];
        double[][] newC = new double[sourceSlot.length][e];
        for (int j = 0; j < sourceSlot.length; j++) {
            if (sourceSlot[j] >= 0 && h != null) {
                newH[j] = h[sourceSlot[j]].clone();
                newC[j] = c[sourceSlot[j]].clone();
            }
        }
        h = newH;
        c = newC;
    }

    private static double transfer(ModelKind kind, double r, double c) {
        switch (kind) {
            case COOPERATOR:
                return Math.max(0.0, r * r + 2 * r + 2 * c * (1 + Math.abs(r)));
            case TM1:
                return 0.5 * r * (1 + Math.exp(r * c));
            case TM2:
                return r + r * c;
            case TM3:
                return r * (1 + Math.tanh(r * c));
            case TM4:
                return r * Math.pow(2.0, r * c);
            default:
                throw new IllegalArgumentException(kind.id());
        }
    }

    private static double[] tanh(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.tanh(x[i]);
        }
        return y;
    }
}
