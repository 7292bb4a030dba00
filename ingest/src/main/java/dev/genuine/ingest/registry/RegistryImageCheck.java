package dev.genuine.ingest.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.domain.StoredImage;
import dev.genuine.ingest.image.ImageHeaders;
import dev.genuine.ingest.image.ImageLimits;
import dev.genuine.ingest.image.ImageLoader;
import dev.genuine.ingest.image.InvalidImageException;
import dev.genuine.ingest.json.NodeCheck;
import dev.genuine.json.CanonicalJson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.genuine.ingest.json.NodeCheck.index;
import static dev.genuine.ingest.json.NodeCheck.path;

/**
 * Checks a registry element's {@code images}: each path stays inside the registry file's folder, names an
 * existing file, and that file is an image within the limits. Each good image is hashed (not yet stored), so
 * validation alone never writes anything.
 */
final class RegistryImageCheck {
    private final NodeCheck check;
    private final Path realFolder;
    private final ImageLimits limits;
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, String> hashes = new HashMap<>();

    RegistryImageCheck(NodeCheck check, Path realFolder, ImageLimits limits) {
        this.check = check;
        this.realFolder = realFolder;
        this.limits = limits;
    }

    /** The element's images as stored references; {@code requiredMessage} non-null when one is required. */
    List<StoredImage> check(JsonNode node, String at, String requiredMessage) {
        check.texts(node, "images", at); // reports a non-array and non-string entries
        String p = path(at, "images");
        JsonNode array = NodeCheck.field(node, "images");
        if (requiredMessage != null && (array == null || array.isArray() && array.isEmpty())) check.add(p, requiredMessage);
        if (array == null || !array.isArray()) return List.of();
        List<StoredImage> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual() || array.get(i).asText().isBlank()) continue;
            String ref = array.get(i).asText();
            String sha = hash(ref, index(p, i));
            if (sha != null) out.add(StoredImage.stored(ref, sha));
        }
        return out;
    }

    private String hash(String ref, String at) {
        String known = hashes.get(ref);
        if (known != null) return known;
        try {
            Path real = RegistryPaths.resolve(realFolder, ref);
            byte[] bytes = ImageLoader.readFile(real, limits.maxBytes());
            ImageHeaders.check(bytes, limits);
            String sha = CanonicalJson.sha256Hex(bytes);
            files.put(ref, real);
            hashes.put(ref, sha);
            return sha;
        } catch (InvalidImageException e) {
            check.add(at, e.getMessage());
            return null;
        }
    }

    /** Each accepted image path as written in the file, with the real file it names. */
    Map<String, Path> files() {
        return files;
    }
}
