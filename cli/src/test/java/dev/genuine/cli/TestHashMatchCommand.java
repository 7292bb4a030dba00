package dev.genuine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestHashMatchCommand {
    @TempDir
    Path dir;

    @Test
    void aMirroredCopyOfAnExportedPhotoMatchesItsLabelAndAnUnrelatedImageNothing() throws Exception {
        Path home = dir.resolve("home");
        HashFixtures.Seeded s = HashFixtures.seedHome(home);
        Path list = dir.resolve("velmora.csv");
        HashFixtures.run("hash", "export-registry", "--home", home.toString(), "--out", list.toString());
        Path copy = Files.write(dir.resolve("copy.png"), HashFixtures.picture(21, true));
        Path other = Files.write(dir.resolve("other.png"), HashFixtures.picture(77, false));

        HashFixtures.Run r = HashFixtures.run("hash", "match", "--list", list.toString(), copy.toString(), other.toString());

        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        String[] fields = r.out().strip().split("\t");
        assertEquals(1, r.out().lines().count(), r.out());
        assertEquals(copy.toString(), fields[0]);
        assertTrue(Integer.parseInt(fields[1]) <= 31, r.out());
        assertEquals("flipY", fields[2]);
        assertEquals("rh-velmora/velmora-lamp/" + s.photoSha(), fields[4]);
    }

    @Test
    void badListLinesAndUnreadableImagesAreReportedAndTheRestStillMatch() throws Exception {
        Path image = Files.write(dir.resolve("photo.png"), HashFixtures.picture(5, false));
        String line = HashFixtures.run("hash", image.toString()).out().strip();
        String hash = line.substring(0, 64);
        Path list = Files.writeString(dir.resolve("list.csv"), String.join("\n",
                "hash,quality,label",
                "zz" + hash.substring(2) + ",90,broken",
                hash + ",90,partner item, with a comma",
                hash + ",20,too blurry to trust", ""));
        Path missing = dir.resolve("missing.png");

        HashFixtures.Run r = HashFixtures.run("hash", "match", "--list", list.toString(), "--format", "json",
                image.toString(), missing.toString());

        assertEquals(1, r.status());
        assertEquals("{\"distance\":0,\"file\":\"" + image + "\",\"hash\":\"" + hash
                + "\",\"label\":\"partner item, with a comma\",\"quality\":90,\"variant\":\"original\"}", r.out().strip());
        assertTrue(r.err().contains(list + ":2: hash: "), r.err());
        assertTrue(r.err().contains("1 entries of quality under 50 are not matched on"), r.err());
        assertTrue(r.err().contains(missing + ": no such file"), r.err());
        assertTrue(r.err().contains("2 problems"), r.err());
    }

    @Test
    void aMissingListIsAFailureAndNoListAUsageError() {
        Path image = dir.resolve("any.png");
        HashFixtures.Run missing = HashFixtures.run("hash", "match", "--list", dir.resolve("nope.csv").toString(), image.toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("nope.csv: no such file"), missing.err());

        HashFixtures.Run usage = HashFixtures.run("hash", "match", image.toString());
        assertEquals(2, usage.status());
        assertTrue(usage.err().contains("--list"), usage.err());
    }
}
