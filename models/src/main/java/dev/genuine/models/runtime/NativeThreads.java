package dev.genuine.models.runtime;

import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's thread settings for inference. A scorer's forward pass is tiny, and ND4J's default of one OpenMP
 * thread per core makes each call wait for a second, busy thread (measured in models/SCORER.md: several
 * times slower on the shared 2-core machine), while the scanner already runs one worker per core.
 */
public final class NativeThreads {
    private NativeThreads() {}

    /** One ND4J thread per calling thread; the trained model's output does not change with it. */
    public static void single() {
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
    }
}
