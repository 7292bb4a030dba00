package dev.genuine.image.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.store.ImageStore;
import dev.genuine.store.MemoryImageStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an evaluation corpus (registry files, listing feed, labels) into domain objects for measurement tools,
 * its images put into the given store. Test scope: the product reads registry files through {@code ingest}.
 */
public final class BenchCorpus {
    /** A listing with its ground truth ({@code rightsHolderId} null for listings that infringe nobody). */
    public record Labelled(Listing listing, String rightsHolderId, String kase, JsonNode variant) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    final Registry registry;
    final List<Labelled> listings;
    final ImageStore store;

    BenchCorpus(Path bench) throws IOException {
        this(bench, new MemoryImageStore());
    }

    public BenchCorpus(Path bench, ImageStore store) throws IOException {
        this.store = store;
        registry = readRegistry(bench.resolve("registry"));
        listings = readListings(bench);
    }

    public Registry registry() {
        return registry;
    }

    public List<Labelled> listings() {
        return listings;
    }

    private Registry readRegistry(Path dir) throws IOException {
        List<RightsHolderEntry> entries = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.resolve("registry.json")).filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            JsonNode root = JSON.readTree(file.toFile());
            String holder = root.path("rightsHolder").path("id").asText();
            List<Mark> marks = new ArrayList<>();
            for (JsonNode m : root.path("marks")) {
                MarkKind kind = MarkKind.fromWire(m.path("kind").asText());
                marks.add(new Mark(m.path("id").asText(), holder, m.path("brand").asText(), kind,
                        m.path("text").asText(null), List.of(), List.of(), List.of(), null, images(file, m)));
            }
            List<Product> products = new ArrayList<>();
            for (JsonNode p : root.path("products")) {
                products.add(new Product(p.path("id").asText(), holder, p.path("brand").asText(),
                        p.path("name").asText(), p.path("category").asText(), null, images(file, p)));
            }
            entries.add(new RightsHolderEntry(new RightsHolder(holder, root.path("rightsHolder").path("name").asText(), null),
                    marks, products, Set.of(), null));
        }
        return new Registry(1, Instant.EPOCH, entries);
    }

    private List<StoredImage> images(Path file, JsonNode node) throws IOException {
        List<StoredImage> out = new ArrayList<>();
        for (JsonNode i : node.path("images")) {
            out.add(StoredImage.stored(i.asText(), store.put(Files.readAllBytes(file.getParent().resolve(i.asText())))));
        }
        return out;
    }

    private List<Labelled> readListings(Path bench) throws IOException {
        List<String> feed = Files.readAllLines(bench.resolve("listings.jsonl"));
        List<String> labels = Files.readAllLines(bench.resolve("labels.jsonl"));
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < feed.size(); i++) {
            JsonNode l = JSON.readTree(feed.get(i));
            JsonNode label = JSON.readTree(labels.get(i));
            if (!l.path("id").asText().equals(label.path("listingId").asText())) {
                throw new IOException("labels.jsonl line " + (i + 1) + " does not match listings.jsonl");
            }
            List<String> paths = new ArrayList<>();
            List<StoredImage> stored = new ArrayList<>();
            for (JsonNode img : l.path("images")) {
                paths.add(img.asText());
                stored.add(StoredImage.stored(img.asText(), store.put(Files.readAllBytes(bench.resolve(img.asText())))));
            }
            Listing listing = new Listing(l.path("id").asText(), l.path("merchantId").asText(), l.path("title").asText(),
                    null, null, null, paths, List.of(), null, stored);
            out.add(new Labelled(listing, label.path("rightsHolderId").asText(null), label.path("case").asText(),
                    label.path("variant")));
        }
        return out;
    }
}
