package org.cooperatorlab.model.es;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one CMA-ES generation at the sizes training uses: ask() and tell() for population 256,
 * full covariance at n = 1000 with the automatic eigendecomposition interval (1 there) and with an
 * interval of 10, and the separable variant at n = 2700. Run from the repository root after
 * {@code mvn -o -q -pl model -am test-compile}:
 * <pre>
 * java -cp "model/target/test-classes:model/target/classes:$(cat cp.txt)" org.openjdk.jmh.Main CmaEsBenchmark
 * </pre>
 * where cp.txt comes from {@code mvn -o -q -pl model dependency:build-classpath -Dmdep.outputFile=../cp.txt}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class CmaEsBenchmark {

    /** Variant, dimension and, optionally, the eigendecomposition interval. */
    @Param({"full-1000", "full-1000-10", "separable-2700"})
    public String variant;

    private CmaEs es;
    private double[][] candidates;
    private double[] fitness;

    @Setup(Level.Iteration)
    public void start() {
        String[] parts = variant.split("-");
        boolean separable = parts[0].equals("separable");
        int n = Integer.parseInt(parts[1]);
        int eigenInterval = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        es = new CmaEs(new double[n],
                CmaEsSettings.defaults(1).withSeparable(separable).withEigenInterval(eigenInterval));
        candidates = es.ask();
        fitness = new double[candidates.length];
    }

    /** Runs one generation: tells the last candidates their sphere fitness, then asks for the next ones. */
    @Benchmark
    public double[][] generation() {
        for (int k = 0; k < candidates.length; k++) {
            fitness[k] = TestFunctions.sphere(candidates[k]);
        }
        es.tell(candidates, fitness);
        candidates = es.ask();
        return candidates;
    }
}
