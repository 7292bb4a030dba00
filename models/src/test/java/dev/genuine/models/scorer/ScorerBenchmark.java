package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;
import dev.genuine.score.ScoredCandidate;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the learned scorer on a batch of 1,000 candidates: feature extraction alone, calibrated
 * probabilities (one network call), and full scoring with occlusion reasons. Candidates/s = 1,000 x ops/s.
 * Run: see models/SCORER.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScorerBenchmark {
    static final int BATCH = 1000;
    private MlpScorer scorer;
    private List<Candidate> batch;

    @Setup
    public void setUp() {
        scorer = ModelRepository.shipped();
        batch = SyntheticCandidates.generate(BATCH, 123).stream().map(LabelledCandidate::candidate).toList();
    }

    @Benchmark
    public double vectorize() {
        try (INDArray features = FeatureSchema.CURRENT.vectorize(batch)) {
            return features.getDouble(0, 0);
        }
    }

    @Benchmark
    public double[] probabilities() {
        return scorer.probabilities(batch);
    }

    @Benchmark
    public List<ScoredCandidate> scoreWithReasons() {
        return scorer.score(batch);
    }
}
