package dev.genuine.ingest.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.ingest.Problem;
import dev.genuine.ingest.image.ImageLimits;
import dev.genuine.ingest.image.ImageLoader;
import dev.genuine.ingest.image.InvalidImageException;
import dev.genuine.ingest.json.NodeCheck;
import dev.genuine.json.CanonicalJson;
import dev.genuine.store.ImageStore;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads registry files: {@link #read} parses and validates one file completely without storing anything (for
 * {@code genuine registry validate}); {@link #copyImages} then copies a valid file's images into the image
 * store by content hash, so a later edit of the source folder changes nothing already imported.
 */
public final class RegistryReader {
    private static final long MAX_FILE_BYTES = 64L << 20;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // 1e400 is "too large", not Infinity
            .build();

    private final ImageLimits limits;

    public RegistryReader(ImageLimits limits) {
        this.limits = limits;
    }

    public RegistryReader() {
        this(ImageLimits.DEFAULT);
    }

    /** The file's entry (with {@code sourceSha256} of its bytes), or every problem in it. Never throws for bad input. */
    public RegistryFile read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) return fail(file, "is a folder, not a registry file");
            if (Files.size(file) > MAX_FILE_BYTES) return fail(file, "larger than " + (MAX_FILE_BYTES >> 20) + " MB; not a registry file");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return fail(file, "file not found");
        } catch (AccessDeniedException e) {
            return fail(file, "cannot read the file (permission denied)");
        } catch (IOException e) {
            return fail(file, "cannot read the file: " + e.getMessage());
        }
        if (bytes.length == 0) return fail(file, "empty file");
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
            return RegistryFile.invalid(file, List.of(new Problem(where, "", "malformed JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            return fail(file, "cannot read the file: " + e.getMessage());
        }
        Path realFolder;
        try {
            realFolder = file.toAbsolutePath().getParent().toRealPath();
        } catch (IOException e) {
            return fail(file, "cannot resolve the file's folder: " + e.getMessage());
        }
        NodeCheck check = new NodeCheck(name);
        RegistryImageCheck images = new RegistryImageCheck(check, realFolder, limits);
        RightsHolderEntry entry = new RegistryValidator(check, images).validate(root, CanonicalJson.sha256Hex(bytes));
        if (entry == null) return RegistryFile.invalid(file, check.problems());
        return new RegistryFile(file, entry, List.of(), images.files());
    }

    /**
     * Copies a valid file's images into {@code store}. Each file is read again and must still have the hash it
     * was validated with, so the store holds exactly what the entry references.
     *
     * @return the problems (empty when every image was stored)
     */
    public List<Problem> copyImages(RegistryFile registry, ImageStore store) {
        if (!registry.isValid()) throw new IllegalArgumentException("not a valid registry file: " + registry.name());
        Map<String, String> expected = new LinkedHashMap<>();
        for (StoredImage image : images(registry.entry())) expected.put(image.source(), image.sha256());
        List<Problem> problems = new ArrayList<>();
        for (var e : expected.entrySet()) {
            Path real = registry.imageFiles().get(e.getKey());
            try {
                byte[] bytes = ImageLoader.readFile(real, limits.maxBytes());
                if (!CanonicalJson.sha256Hex(bytes).equals(e.getValue())) {
                    problems.add(new Problem(registry.name(), "", "image " + e.getKey() + " changed while it was being imported; import again"));
                } else if (!store.contains(e.getValue())) {
                    store.put(bytes);
                }
            } catch (InvalidImageException | IOException ex) {
                problems.add(new Problem(registry.name(), "", "image " + e.getKey() + " could not be stored: " + ex.getMessage()));
            }
        }
        return problems;
    }

    /** Reads, validates and (when valid) stores the images in one step: the file as imported, or its problems. */
    public RegistryFile readAndStore(Path file, ImageStore store) {
        RegistryFile read = read(file);
        if (!read.isValid()) return read;
        List<Problem> problems = copyImages(read, store);
        return problems.isEmpty() ? read : RegistryFile.invalid(file, problems);
    }

    private static RegistryFile fail(Path file, String message) {
        return RegistryFile.invalid(file, List.of(new Problem(file.toString(), "", message)));
    }

    /** Every image reference of an entry, for callers that fingerprint registry images after import. */
    public static List<StoredImage> images(RightsHolderEntry entry) {
        List<StoredImage> all = new ArrayList<>();
        entry.marks().forEach(m -> all.addAll(m.images()));
        entry.products().forEach(p -> all.addAll(p.images()));
        return all;
    }
}
