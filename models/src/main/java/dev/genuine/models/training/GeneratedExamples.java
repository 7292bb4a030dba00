package dev.genuine.models.training;

import dev.genuine.domain.Listing;
import dev.genuine.enforcement.StrikePolicy;
import dev.genuine.ingest.feed.FeedException;
import dev.genuine.ingest.feed.Ingestor;
import dev.genuine.ingest.registry.RegistryImportReport;
import dev.genuine.ingest.registry.RegistryImporter;
import dev.genuine.models.scorer.LabelledCandidate;
import dev.genuine.policy.Policy;
import dev.genuine.scan.DetectorParts;
import dev.genuine.score.Candidate;
import dev.genuine.score.TransparentScorer;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import dev.genuine.testdata.Corpus;
import dev.genuine.testdata.GeneratorConfig;
import dev.genuine.testdata.Label;
import dev.genuine.testdata.TestdataGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Labelled candidates from the project's testdata generator, derived through the real pipeline: the corpus is
 * written to a work folder, its registry imported and its feed ingested into a fresh store there, and every
 * listing assessed by a detector built like a scan's. A candidate infringes iff its listing's label does and
 * names the candidate's rights holder, so a listing's other candidates teach the model what is not infringing.
 * A merchant's history is the strikes its earlier infringing listings would have earned ({@link PriorStrikes}).
 */
public final class GeneratedExamples {
    /** Seed of the corpus {@code genuine model evaluate} measures every scorer on; differs from training seeds. */
    public static final long EVALUATION_SEED = 20270417L;
    private static final int PAGE = 256;

    private GeneratedExamples() {}

    /** The examples and where they came from. */
    public record Result(List<LabelledCandidate> examples, int listings, Instant dataAsOf) {
        public Result {
            examples = List.copyOf(examples);
            Objects.requireNonNull(dataAsOf, "dataAsOf");
        }
    }

    /**
     * @param config       generator settings (seed, listings per case, image size); its output folder is ignored
     * @param matchImages  false: text signals only
     * @param work     an empty folder for the corpus and the store (the caller deletes it)
     * @param progress receives one line per stage
     */
    public static Result build(GeneratorConfig config, boolean matchImages, Path work, Policy policy, Consumer<String> progress) throws IOException {
        Path corpusDir = work.resolve("corpus");
        progress.accept("generating " + config.listingsPerCase() + " listings per case (seed " + config.seed()
                + (matchImages ? ", with image matching" : ", text only") + ")");
        Corpus corpus = new TestdataGenerator(config.withOutputDir(corpusDir)).run();
        try (GenuineStore store = Stores.open(work.resolve("home"))) {
            load(store, corpus, corpusDir);
            progress.accept("assessing " + corpus.listings().size() + " listings through the pipeline");
            Map<String, List<Candidate>> candidates = new HashMap<>();
            Instant[] newest = {Instant.EPOCH};
            PriorStrikes merchants = PriorStrikes.labelled(infringingListings(store, corpus.labels()), StrikePolicy.of(policy));
            try (DetectorParts parts = DetectorParts.open(store, work, new TransparentScorer(), policy, matchImages)) {
                store.listings().forEachPending(true, PAGE, page -> {
                    candidates.putAll(ListingCandidates.of(parts.detector(), page, merchants));
                    for (Listing l : page) if (l.updatedAt().isAfter(newest[0])) newest[0] = l.updatedAt();
                });
            }
            return new Result(label(corpus.labels(), candidates), corpus.listings().size(), newest[0]);
        }
    }

    /** The stored listings labelled infringing: the ones whose takedowns give their merchants strikes. */
    private static List<Listing> infringingListings(GenuineStore store, List<Label> labels) {
        return labels.stream().filter(Label::infringing).map(l -> store.listings().get(l.listingId()))
                .flatMap(Optional::stream).toList();
    }

    /** Candidates in label (feed) order, each labelled from its listing's label. */
    static List<LabelledCandidate> label(List<Label> labels, Map<String, List<Candidate>> candidates) {
        List<LabelledCandidate> out = new ArrayList<>();
        for (Label label : labels) {
            for (Candidate c : candidates.getOrDefault(label.listingId(), List.of())) {
                out.add(new LabelledCandidate(c, label.infringing() && c.rightsHolderId().equals(label.rightsHolderId())));
            }
        }
        return out;
    }

    private static void load(GenuineStore store, Corpus corpus, Path corpusDir) throws IOException {
        RegistryImportReport imported = new RegistryImporter(store.registry(), store.images())
                .importFiles(corpus.registryPaths().stream().map(corpusDir::resolve).toList());
        if (!imported.allOk()) throw new IOException("the generated registry did not import: " + String.join("; ", imported.messages()));
        try {
            new Ingestor(store.listings(), store.images()).ingest(corpusDir.resolve("listings.jsonl"), n -> {});
        } catch (FeedException e) {
            throw new IOException("the generated feed did not ingest: " + e.getMessage(), e);
        }
    }
}
