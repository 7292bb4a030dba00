package dev.genuine.models.embedding;

import dev.genuine.models.runtime.PromotedVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedding models kept in a folder (e.g. {@code home/models/embeddings/}): one sub-folder per version
 * holding the network and its card, and a {@value #CURRENT} file naming the promoted version. With nothing
 * promoted, the model shipped on the classpath is current. Nothing is ever fetched from a network.
 */
public final class EmbeddingRepository {
    public static final String CURRENT = PromotedVersion.FILE;
    /** Trained versions are this prefix and twelve hex digits of the settings' and training data's hash. */
    public static final String VERSION_PREFIX = "photo-embedding-";
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path folder;

    public EmbeddingRepository(Path folder) {
        this.folder = folder;
    }

    /**
     * Trains a model with {@code settings} and stores it, unpromoted, under a version derived from the settings
     * and the training data: the same training gives the same version (and replaces its folder), any other a new one.
     */
    public EmbeddingModel train(EmbeddingTrainer.Settings settings, String command, PrintStream log) throws IOException {
        Files.createDirectories(folder);
        Path pending = Files.createTempDirectory(folder, ".training-");
        try {
            ModelCard card = EmbeddingRelease.release(settings, pending, dataSha256 -> versionOf(settings, dataSha256), command, log);
            Path target = folder.resolve(checked(card.version()));
            deleteTree(target);
            Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
            return new EmbeddingModel(card, Optional.of(target));
        } finally {
            deleteTree(pending);
        }
    }

    /** The version a training with {@code settings} on inputs hashing to {@code dataSha256} is stored under. */
    static String versionOf(EmbeddingTrainer.Settings settings, String dataSha256) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((settings + "\n" + dataSha256).getBytes(StandardCharsets.UTF_8));
            return VERSION_PREFIX + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** Versions stored in the folder, sorted by name. */
    public List<String> versions() {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve(EmbeddingRelease.CARD_FILE)))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list embedding models in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A stored version; unknown versions are refused naming the stored ones. */
    public EmbeddingModel load(String version) {
        Path model = folder.resolve(checked(version));
        if (!Files.isRegularFile(model.resolve(EmbeddingRelease.CARD_FILE))) {
            throw new IllegalArgumentException("no embedding model version " + version + " in " + folder + "; have " + versions());
        }
        try {
            return new EmbeddingModel(ModelCard.read(model.resolve(EmbeddingRelease.CARD_FILE)), Optional.of(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the card of embedding model " + version + ": " + e.getMessage(), e);
        }
    }

    /** Makes a stored version the current one; the pointer file is replaced in one move. */
    public void promote(String version) {
        load(version);
        new PromotedVersion(folder).set(version);
    }

    /** The promoted version, if any. */
    public Optional<String> currentVersion() {
        return new PromotedVersion(folder).get();
    }

    /** The promoted model, or the shipped one when nothing was promoted. */
    public EmbeddingModel current() {
        return currentVersion().map(this::load).orElseGet(EmbeddingModel::shipped);
    }

    private static String checked(String version) {
        if (!VERSION.matcher(version).matches() || version.equals(CURRENT)) {
            throw new IllegalArgumentException("not an embedding model version: '" + version + "'");
        }
        return version;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
