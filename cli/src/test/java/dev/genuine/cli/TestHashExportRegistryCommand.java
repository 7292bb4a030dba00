package dev.genuine.cli;

import dev.genuine.image.pdq.HashListFormat;
import dev.genuine.image.pdq.PdqHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestHashExportRegistryCommand {
    @TempDir
    Path dir;

    @Test
    void writesEachLogoAndPhotoHashLabelledByHolderReferenceAndImage() throws Exception {
        Path home = dir.resolve("home");
        HashFixtures.Seeded s = HashFixtures.seedHome(home);

        HashFixtures.Run r = HashFixtures.run("hash", "export-registry", "--home", home.toString());

        PdqHasher hasher = new PdqHasher();
        String logo = hasher.hash(HashFixtures.picture(22, false), "logo").toString() + ",rh-velmora/velmora-logo/" + s.logoSha();
        String photo = hasher.hash(HashFixtures.picture(21, false), "photo").toString() + ",rh-velmora/velmora-lamp/" + s.photoSha();
        assertEquals(List.of(logo, photo), r.out().lines().toList());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("product velmora-vase image vase.png: "), r.err());
        assertTrue(r.err().contains("1 registry images could not be hashed; 2 hashes written"), r.err());
        assertTrue(Files.isRegularFile(home.resolve("cache/pdq/" + s.photoSha() + ".txt")));
    }

    @Test
    void theListWrittenToAFileIsReadBackAsAHashList() throws Exception {
        Path home = dir.resolve("home");
        HashFixtures.seedHome(home);
        Path out = dir.resolve("exports/velmora.csv");

        HashFixtures.Run r = HashFixtures.run("hash", "export-registry", "--home", home.toString(), "--out", out.toString());

        assertEquals("", r.out());
        var list = HashListFormat.read(out);
        assertEquals(List.of(), list.errors());
        assertEquals(2, list.entries().size());
        assertTrue(list.entries().get(1).label().startsWith("rh-velmora/velmora-lamp/"));
    }

    @Test
    void anEmptyRegistryExportsNothing() {
        HashFixtures.Run r = HashFixtures.run("hash", "export-registry", "--home", dir.resolve("empty").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
    }
}
