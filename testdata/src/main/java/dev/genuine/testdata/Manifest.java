package dev.genuine.testdata;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The corpus's manifest: how it was made and what it holds (counts per case, brands, files, bytes). */
final class Manifest {
    private Manifest() {
    }

    static ObjectNode of(GeneratorConfig config, List<GeneratedListing> listings, List<Label> labels,
                         Map<String, byte[]> files) {
        ObjectNode root = CorpusFiles.MAPPER.createObjectNode();
        root.put("generator", TestdataGenerator.class.getName());
        root.put("seed", config.seed());
        root.put("listingsPerCase", config.listingsPerCase());
        root.put("imageSize", config.imageSize());
        root.put("images", config.writeImages());
        root.put("listings", listings.size());
        root.put("infringing", labels.stream().filter(Label::infringing).count());
        root.put("notInfringing", labels.stream().filter(l -> !l.infringing()).count());
        ObjectNode cases = root.putObject("cases");
        for (CaseKind kind : CaseKind.values()) {
            cases.put(kind.label(), labels.stream().filter(l -> l.caseKind() == kind).count());
        }
        Brands.ALL.forEach(b -> root.withArray("rightsHolders").add(b.rightsHolderId()));
        root.put("csvListings", Math.min(TestdataGenerator.CSV_LISTINGS, listings.size()));
        // Counts the files written before the manifest itself, so the manifest does not describe its own size.
        root.put("files", files.size());
        root.put("bytes", files.values().stream().mapToLong(b -> b.length).sum());
        return root;
    }
}
