package dev.genuine.cli;

import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Money;
import dev.genuine.domain.Product;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.OpenCv;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Pictures, a seeded home and a command runner for the hash command tests. */
final class HashFixtures {
    /** What one command line did. */
    record Run(int status, String out, String err) {}

    /** The content hashes of what {@link #seedHome} stored. */
    record Seeded(String photoSha, String logoSha, String missingSha) {}

    private HashFixtures() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /** A busy picture of random filled shapes, encoded; another seed gives an unrelated picture. */
    static byte[] picture(long seed, boolean mirrored) {
        OpenCv.load();
        Random r = new Random(seed);
        Mat m = new Mat(300, 400, CvType.CV_8UC3, new Scalar(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
        MatOfByte encoded = new MatOfByte();
        try {
            for (int i = 0; i < 25; i++) {
                Scalar colour = new Scalar(r.nextInt(256), r.nextInt(256), r.nextInt(256));
                Point a = new Point(r.nextInt(400), r.nextInt(300));
                if (r.nextBoolean()) {
                    Imgproc.circle(m, a, 10 + r.nextInt(60), colour, -1);
                } else {
                    Imgproc.rectangle(m, a, new Point(a.x + 20 + r.nextInt(120), a.y + 20 + r.nextInt(90)), colour, -1);
                }
            }
            if (mirrored) Core.flip(m, m, 1);
            Imgcodecs.imencode(".png", m, encoded);
            return encoded.toArray();
        } finally {
            m.release();
            encoded.release();
        }
    }

    /**
     * A home whose registry holds one rights holder, "Velmora", with a logo mark, a product with a stored
     * photo, and a product whose photo the image store does not hold.
     */
    static Seeded seedHome(Path home) throws Exception {
        try (GenuineStore store = Stores.open(home)) {
            String photo = store.images().put(picture(21, false));
            String logo = store.images().put(picture(22, false));
            String missing = "0".repeat(64);
            Mark mark = new Mark("velmora-logo", "rh-velmora", "Velmora", MarkKind.FIGURATIVE, null, List.of(), List.of(),
                    List.of(), null, List.of(StoredImage.stored("logo.png", logo)));
            Product lamp = new Product("velmora-lamp", "rh-velmora", "Velmora", "Desk lamp", "home",
                    new Money(500_000, "IDR"), List.of(StoredImage.stored("lamp.png", photo)));
            Product gone = new Product("velmora-vase", "rh-velmora", "Velmora", "Vase", "home",
                    new Money(200_000, "IDR"), List.of(StoredImage.stored("vase.png", missing)));
            store.registry().commit(List.of(new RightsHolderEntry(new RightsHolder("rh-velmora", "Velmora", null),
                    List.of(mark), List.of(lamp, gone), Set.of(), null)));
            return new Seeded(photo, logo, missing);
        }
    }

    static String text(Path file) throws IOException {
        return java.nio.file.Files.readString(file);
    }
}
