package dev.genuine.cli;

import dev.genuine.image.OpenCv;
import dev.genuine.image.pdq.PdqHasher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestHashCommand {
    @TempDir
    static Path dir;
    static Path photo;

    @BeforeAll
    static void drawPhoto() {
        OpenCv.load();
        Mat m = new Mat(240, 320, CvType.CV_8UC3, new Scalar(30, 120, 200));
        try {
            Imgproc.circle(m, new Point(100, 90), 60, new Scalar(250, 250, 250), -1);
            Imgproc.rectangle(m, new Point(180, 140), new Point(300, 220), new Scalar(10, 40, 10), -1);
            photo = dir.resolve("photo.png");
            Imgcodecs.imwrite(photo.toString(), m);
        } finally {
            m.release();
        }
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withHome = new String[args.length + 1];
        withHome[0] = args[0];
        withHome[1] = "--home=" + dir.resolve("home");
        System.arraycopy(args, 1, withHome, 2, args.length - 1);
        int status = Main.run(withHome, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void printsHashQualityAndFileAsTheReferenceToolDoes() throws IOException {
        Run r = run("hash", photo.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        String expected = new PdqHasher().hash(photo).toHex();
        assertTrue(r.out().matches("[0-9a-f]{64},\\d{1,3}," + java.util.regex.Pattern.quote(photo.toString()) + "\\R"), r.out());
        assertTrue(r.out().startsWith(expected + ","), r.out());
    }

    @Test
    void anUnreadableFileIsNamedOnStandardErrorAndTheOthersStillPrint() throws IOException {
        Path text = Files.writeString(dir.resolve("readme.jpg"), "hello");
        Path missing = dir.resolve("missing.png");
        Run r = run("hash", text.toString(), photo.toString(), missing.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().contains(photo.toString()));
        assertTrue(r.err().contains(text + ": not a readable image"), r.err());
        assertTrue(r.err().contains(missing + ": no such file"), r.err());
        assertTrue(r.err().contains("2 of 3 files could not be hashed"), r.err());
    }

    @Test
    void aFileNameThatCannotBeOneLineIsReportedNotPrinted() throws IOException {
        Path odd = Files.copy(photo, dir.resolve("two\nlines.png"));
        Run r = run("hash", odd.toString(), photo.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.err().contains("line break"), r.err());
    }

    @Test
    void dihedralPrintsAllEightVariantsNamed() {
        Run r = run("hash", "--dihedral", photo.toString());
        assertEquals(0, r.status(), r.err());
        var lines = r.out().lines().toList();
        assertEquals(8, lines.size());
        assertTrue(lines.get(0).endsWith(photo + ",original"), lines.get(0));
        assertTrue(lines.get(7).endsWith(photo + ",flipMinus1"), lines.get(7));
        assertEquals(lines.get(0).substring(0, 64), run("hash", photo.toString()).out().substring(0, 64));
    }

    @Test
    void jsonFormatGivesOneObjectPerFile() {
        Run r = run("hash", "--format", "json", "--dihedral", photo.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("{\"dihedral\":{"), r.out());
        assertTrue(r.out().contains("\"rot90\":\""), r.out());
        assertTrue(r.out().contains("\"quality\":"), r.out());
    }

    @Test
    void noFileIsAUsageError() {
        Run r = run("hash");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("FILE"), r.err());
    }
}
