package dev.genuine.testdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestTestdataGenerator {
    static final Path COMMITTED = Path.of("generated");

    @Test
    void regeneratingTheCommittedCorpusGivesIdenticalBytes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("generated");
        assertEquals(0, TestdataGenerator.run(new String[] {"--out", out.toString(), "--seed", "20261124"},
                new PrintStream(new ByteArrayOutputStream()), System.err));
        SortedMap<String, byte[]> committed = tree(COMMITTED);
        SortedMap<String, byte[]> regenerated = tree(out);
        assertEquals(committed.keySet(), regenerated.keySet(),
                "the committed corpus has drifted from the generator: regenerate it (see testdata/README.md)");
        // Pixels come from Java2D's rasteriser and the JDK's JPEG encoder; the committed images were made
        // with Java 17, so on another Java version only the text files are held byte for byte.
        boolean sameJava = Runtime.version().feature() == 17;
        for (String path : committed.keySet()) {
            boolean image = path.endsWith(".jpg") || path.endsWith(".png");
            if (sameJava || !image) {
                assertArrayEquals(committed.get(path), regenerated.get(path), path + " differs from the generator's output");
            }
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherCorpus() {
        GeneratorConfig small = new GeneratorConfig(7, 2, 96, null, true);
        Corpus a = new TestdataGenerator(small).generate();
        Corpus b = new TestdataGenerator(small).generate();
        assertEquals(a.files().keySet(), b.files().keySet());
        a.files().forEach((path, bytes) -> assertArrayEquals(bytes, b.files().get(path), path));
        Corpus other = new TestdataGenerator(small.withSeed(8)).generate();
        assertFalse(Arrays.equals(a.file("listings.jsonl"), other.file("listings.jsonl")));
    }

    @Test
    void textOnlyCorpusHasTheSameListingsAndNoImages() {
        GeneratorConfig config = new GeneratorConfig(11, 3, 96, null, true);
        Corpus withImages = new TestdataGenerator(config).generate();
        Corpus textOnly = new TestdataGenerator(config.withImages(false)).generate();
        assertEquals(withImages.listings(), textOnly.listings());
        assertEquals(List.of(), textOnly.files().keySet().stream().filter(p -> p.endsWith(".jpg") || p.endsWith(".png")).toList());
        assertEquals(33, textOnly.labels().size());
    }

    @Test
    void copiesComeFromRepeatInfringersAndFirstTimersAndRepeatInfringersSellCleanGoodsToo() {
        Corpus corpus = new TestdataGenerator(new GeneratorConfig(5, 60, 64, null, false)).generate();
        Map<String, Label> labels = corpus.labels().stream().collect(Collectors.toMap(Label::listingId, l -> l));
        Map<String, Long> copiesBy = corpus.listings().stream().filter(l -> labels.get(l.id()).infringing())
                .collect(Collectors.groupingBy(GeneratedListing::merchantId, Collectors.counting()));
        long copies = copiesBy.values().stream().mapToLong(Long::longValue).sum();
        long byRepeatInfringers = copiesBy.values().stream().filter(n -> n > 1).mapToLong(Long::longValue).sum();
        assertTrue(byRepeatInfringers > copies / 2 && byRepeatInfringers < copies, byRepeatInfringers + " of " + copies);
        long cleanByRepeatInfringers = corpus.listings().stream()
                .filter(l -> !labels.get(l.id()).infringing() && copiesBy.getOrDefault(l.merchantId(), 0L) > 1).count();
        long strangersClean = corpus.labels().stream()
                .filter(l -> !l.infringing() && l.caseKind() != CaseKind.AUTHORIZED_GENUINE).count();
        assertTrue(cleanByRepeatInfringers > 0.05 * strangersClean && cleanByRepeatInfringers < 0.3 * strangersClean,
                cleanByRepeatInfringers + " of " + strangersClean);
    }

    @Test
    void largerCorporaScaleByListingsPerCase() {
        Corpus corpus = new TestdataGenerator(new GeneratorConfig(5, 30, 64, null, false)).generate();
        assertEquals(30 * CaseKind.values().length, corpus.listings().size());
        for (CaseKind kind : CaseKind.values()) {
            assertEquals(30, corpus.labels().stream().filter(l -> l.caseKind() == kind).count(), kind.label());
        }
    }

    @Test
    void inMemoryImagesDecodeAtTheConfiguredSize() {
        Corpus corpus = new TestdataGenerator(new GeneratorConfig(3, 1, 128, null, true)).generate();
        String first = corpus.listings().get(0).images().get(0);
        assertEquals(128, corpus.image(first).getWidth());
        assertFalse(corpus.officialPhotoPaths().isEmpty());
        assertEquals(Brands.ALL.size(), corpus.registryPaths().size());
    }

    @Test
    void writingASmallerCorpusLeavesNoStaleImages(@TempDir Path dir) throws IOException {
        new TestdataGenerator(new GeneratorConfig(1, 3, 64, dir, true)).run();
        Corpus small = new TestdataGenerator(new GeneratorConfig(1, 1, 64, dir, true)).run();
        SortedMap<String, byte[]> written = tree(dir);
        assertEquals(small.files().keySet(), written.keySet());
    }

    @Test
    void commandLineErrorsAreUsageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertEquals(2, TestdataGenerator.run(new String[] {"--seed", "1"}, quiet, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out DIR is required"));
        assertEquals(2, TestdataGenerator.run(new String[] {"--out", "x", "--seed", "abc"}, quiet, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--seed needs a whole number, got 'abc'"));
        assertEquals(2, TestdataGenerator.run(new String[] {"--out", "x", "--size", "10"}, quiet, errStream));
        assertNotEquals(0, TestdataGenerator.run(new String[] {"--bogus"}, quiet, errStream));
    }

    static SortedMap<String, byte[]> tree(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
