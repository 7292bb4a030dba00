package dev.genuine.testdata;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Generates genuine's labelled test corpus from a seed: registry files of fictional brands with logos and
 * official photos, a listing feed (JSON Lines and a CSV sample) with images, labels, and a feed with bad
 * lines. The same configuration always gives byte-identical files.
 *
 * <p>Regenerate the committed corpus with
 * {@code java -cp ... dev.genuine.testdata.TestdataGenerator --out testdata/generated --seed 20261124}.
 */
public final class TestdataGenerator {
    /** Listings of the feed also written as CSV. */
    static final int CSV_LISTINGS = 8;
    private static final Instant FIRST_UPDATE = Instant.parse("2026-11-01T00:00:00Z");
    private static final int UPDATE_WINDOW_SECONDS = 20 * 24 * 3600;

    private final GeneratorConfig config;

    public TestdataGenerator(GeneratorConfig config) {
        this.config = config;
    }

    /** Generates the corpus in memory. */
    public Corpus generate() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Map<String, BrandAssets> assets = new LinkedHashMap<>();
        for (Brand brand : Brands.ALL) {
            BrandAssets made = RegistryImages.make(brand, config.imageSize(), config.writeImages(), config.seed(), files);
            assets.put(brand.slug(), made);
            files.put("registry/" + brand.slug() + "/registry.json", CorpusFiles.pretty(RegistryDocument.of(made, config.seed())));
        }
        List<Slot> slots = slots();
        Collections.shuffle(slots, new Random(Seeds.derive(config.seed(), 0, 0)));
        List<GeneratedListing> listings = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            Random text = new Random(Seeds.derive(config.seed(), 1, i));
            Random pics = new Random(Seeds.derive(config.seed(), 2, i));
            Random merchants = new Random(Seeds.derive(config.seed(), 7, i));
            String updatedAt = FIRST_UPDATE.plusSeconds(text.nextInt(UPDATE_WINDOW_SECONDS)).toString();
            BrandAssets brand = slot.brand() == null ? null : assets.get(slot.brand().slug());
            ProductSpec product = brand == null ? null : pick(brand.brand().products(), text);
            Draft draft = new Draft(String.format("L-%06d", i + 1), slot.index(), text, pics, merchants, brand, product,
                    config.imageSize(), config.writeImages(), files);
            make(slot.kind(), draft);
            listings.add(draft.listing(updatedAt));
            labels.add(draft.label(slot.kind()));
        }
        addFeeds(files, listings, labels);
        return new Corpus(config, Brands.ALL, listings, labels, files);
    }

    /** Generates the corpus and, when the configuration names an output folder, writes it there. */
    public Corpus run() throws IOException {
        Corpus corpus = generate();
        if (config.outputDir() != null) {
            CorpusWriter.write(corpus, config.outputDir());
        }
        return corpus;
    }

    /** {@code --out DIR [--seed N] [--per-case N] [--size PX] [--no-images]}; exit 0, 1 on failure, 2 on usage. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        GeneratorConfig config;
        try {
            config = GeneratorArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(GeneratorArguments.USAGE);
            return 2;
        }
        try {
            Corpus corpus = new TestdataGenerator(config).run();
            out.printf("wrote %d listings, %d rights holders, %d files to %s (seed %d)%n", corpus.listings().size(),
                    corpus.brands().size(), corpus.files().size(), config.outputDir(), config.seed());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("error: could not write the corpus to " + config.outputDir() + ": " + e.getMessage());
            return 1;
        }
    }

    private record Slot(CaseKind kind, int index, Brand brand) {
    }

    private List<Slot> slots() {
        List<Brand> ordinary = Brands.ALL.stream().filter(Brand::ordinaryWord).toList();
        List<Slot> slots = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            List<Brand> eligible = kind == CaseKind.COMMON_WORD ? ordinary : Brands.ALL;
            for (int i = 0; i < config.listingsPerCase(); i++) {
                Brand brand = kind == CaseKind.UNRELATED ? null : eligible.get((i + kind.ordinal()) % eligible.size());
                slots.add(new Slot(kind, i, brand));
            }
        }
        return slots;
    }

    private static void make(CaseKind kind, Draft d) {
        switch (kind) {
            case COUNTERFEIT_LANGUAGE -> InfringingCases.counterfeitLanguage(d);
            case EVASION_SPELLING -> InfringingCases.evasionSpelling(d);
            case PHOTO_REUSE -> InfringingCases.photoReuse(d);
            case LOGO_ON_PRODUCT -> InfringingCases.logoOnProduct(d);
            case BUYER_ALLEGED -> InfringingCases.buyerAlleged(d);
            case AUTHORIZED_GENUINE -> CleanCases.authorizedGenuine(d);
            case UNRELATED -> CleanCases.unrelated(d);
            case REFERENTIAL -> CleanCases.referential(d);
            case COMMON_WORD -> CleanCases.commonWord(d);
            case NEAR_NAME -> CleanCases.nearName(d);
            case SECOND_HAND -> CleanCases.secondHand(d);
        }
    }

    private void addFeeds(SortedMap<String, byte[]> files, List<GeneratedListing> listings, List<Label> labels) {
        files.put("listings.jsonl", CorpusFiles.jsonLines(listings.stream().map(CorpusFiles::listingJson).toList()));
        files.put("labels.jsonl", CorpusFiles.jsonLines(labels.stream().map(CorpusFiles::labelJson).toList()));
        files.put("listings.csv", CorpusFiles.csv(listings.subList(0, Math.min(CSV_LISTINGS, listings.size()))));
        if (listings.size() >= 3) {
            ErrorFeed.Files errors = ErrorFeed.of(listings);
            files.put("feed-with-errors.jsonl", errors.feed());
            files.put("feed-with-errors.expected.json", errors.expected());
        }
        files.put("manifest.json", CorpusFiles.pretty(Manifest.of(config, listings, labels, files)));
    }

    private static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
