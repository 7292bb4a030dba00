package dev.genuine.image.pdq;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our hashes against the reference implementation's, on the shared test images. */
class TestPdqConformance {
    private static final int TOLERANCE = 10;

    @Test
    void hashesLieWithinTenBitsOfTheReferenceAtQualityEightyAndUp() throws IOException {
        PdqHasher hasher = new PdqHasher();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int worst = 0;
        for (SharedVectors.Row row : SharedVectors.hashes()) {
            PdqHash ours = hasher.hash(row.image());
            PdqHash reference = PdqHash.parse(row.hashes().get(0), row.quality());
            int distance = ours.distance(reference);
            if (distance > 0 || ours.quality() != reference.quality()) {
                System.out.printf("pdq-conformance %3d bits  quality %3d (reference %3d)  %s%n",
                        distance, ours.quality(), reference.quality(), row.image().getFileName());
            }
            if (reference.quality() < 80) continue;
            checked++;
            worst = Math.max(worst, distance);
            if (distance > TOLERANCE) failures.add(row.image() + ": " + distance + " bits");
        }
        System.out.println("pdq-conformance max distance at quality >= 80: " + worst + " bits over " + checked + " images");
        assertTrue(checked > 0, "no reference rows with quality >= 80");
        assertTrue(failures.isEmpty(), "beyond " + TOLERANCE + " bits: " + failures);
    }

    @Test
    void qualityFollowsTheReference() throws IOException {
        PdqHasher hasher = new PdqHasher();
        for (SharedVectors.Row row : SharedVectors.hashes()) {
            int ours = hasher.hash(row.image()).quality();
            assertTrue(Math.abs(ours - row.quality()) <= 2,
                    row.image() + ": quality " + ours + ", reference " + row.quality());
        }
    }

    @Test
    void dihedralVariantsLieWithinTenBitsOfTheReference() throws IOException {
        PdqHasher hasher = new PdqHasher();
        int worst = 0;
        for (SharedVectors.Row row : SharedVectors.dihedral()) {
            Map<Dihedral, PdqHash> ours = hasher.hashDihedral(row.image());
            assertEquals(Dihedral.values().length, row.hashes().size(), "columns in " + row.image());
            for (Dihedral d : Dihedral.values()) {
                int distance = ours.get(d).distance(PdqHash.parse(row.hashes().get(d.ordinal()), 100));
                worst = Math.max(worst, distance);
                assertTrue(distance <= TOLERANCE, row.image() + " " + d.label() + ": " + distance + " bits");
            }
        }
        System.out.println("pdq-conformance max dihedral distance: " + worst + " bits");
    }
}
