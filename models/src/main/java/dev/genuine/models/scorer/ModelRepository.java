package dev.genuine.models.scorer;

import dev.genuine.models.runtime.PromotedVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scorer models kept in a folder (e.g. {@code home/models/}): one sub-folder per version holding the
 * network and its card, and a {@value #CURRENT} file naming the promoted version. With nothing promoted, the
 * model shipped on the classpath is current. Nothing is ever fetched from a network.
 */
public final class ModelRepository {
    public static final String CURRENT = PromotedVersion.FILE;
    /** Classpath folder of the shipped default model. */
    public static final String SHIPPED = "/dev/genuine/models/scorer/";
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]+");

    private final Path folder;

    public ModelRepository(Path folder) {
        this.folder = folder;
    }

    /** Stores a trained model under its version, without promoting it. */
    public Path save(MlpScorer scorer) {
        Path target = folder.resolve(checked(scorer.version()));
        scorer.save(target);
        return target;
    }

    /** Versions stored in the folder, sorted by name. */
    public List<String> versions() {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve(MlpScorer.CARD_FILE)))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list models in " + folder + ": " + e.getMessage(), e);
        }
    }

    public MlpScorer load(String version) {
        Path model = folder.resolve(checked(version));
        if (!Files.isRegularFile(model.resolve(MlpScorer.CARD_FILE))) {
            throw new IllegalArgumentException("no model version " + version + " in " + folder + "; have " + versions());
        }
        return MlpScorer.load(model);
    }

    /**
     * Makes a version the current one; the pointer file is replaced in one move. The shipped model's version can be
     * promoted too: it is stored in the folder first, so the home keeps that model when a later build ships another.
     */
    public void promote(String version) {
        if (!versions().contains(checked(version))) {
            MlpScorer shipped = shipped();
            if (shipped.version().equals(version)) save(shipped);
        }
        load(version);
        new PromotedVersion(folder).set(version);
    }

    /** The promoted version, if any. */
    public Optional<String> currentVersion() {
        return new PromotedVersion(folder).get();
    }

    /** The promoted model, or the shipped one when nothing was promoted. */
    public MlpScorer current() {
        return currentVersion().map(this::load).orElseGet(ModelRepository::shipped);
    }

    /** The default model shipped inside the models jar. */
    public static MlpScorer shipped() {
        try (InputStream model = resource(MlpScorer.MODEL_FILE); InputStream card = resource(MlpScorer.CARD_FILE)) {
            return MlpScorer.load(model, new String(card.readAllBytes(), StandardCharsets.UTF_8), SHIPPED + MlpScorer.CARD_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped scorer model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ModelRepository.class.getResourceAsStream(SHIPPED + name);
        if (in == null) throw new IllegalStateException("the shipped scorer model is missing from the classpath: " + SHIPPED + name);
        return in;
    }

    private static String checked(String version) {
        if (!VERSION.matcher(version).matches() || version.equals(CURRENT)) {
            throw new IllegalArgumentException("not a model version: '" + version + "'");
        }
        return version;
    }
}
