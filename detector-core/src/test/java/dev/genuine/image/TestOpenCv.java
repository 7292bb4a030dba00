package dev.genuine.image;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestOpenCv {
    @Test
    void loadsTheNativeLibraryAndComputes() {
        OpenCv.load();
        OpenCv.load();
        Mat m = Mat.ones(3, 3, CvType.CV_8UC1);
        try {
            assertEquals(9.0, Core.sumElems(m).val[0]);
        } finally {
            m.release();
        }
    }
}
