package dev.genuine.cli;

import java.io.PrintWriter;

/** Progress on an interactive terminal only: feeds and scans in CI or pipes stay quiet. */
final class Terminal {
    private Terminal() {}

    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** A progress printer that overwrites one stderr line, at most every 250 ms. */
    static Progress progress(PrintWriter err, String what) {
        return new Progress(err, what, interactive());
    }

    static final class Progress {
        private final PrintWriter err;
        private final String what;
        private final boolean on;
        private long last;

        Progress(PrintWriter err, String what, boolean on) {
            this.err = err;
            this.what = what;
            this.on = on;
        }

        void update(long done, long total) {
            if (!on) return;
            long now = System.currentTimeMillis();
            if (now - last < 250 && done != total) return;
            last = now;
            err.print("\r" + what + " " + done + (total > 0 ? " / " + total : "") + "   ");
            err.flush();
        }

        void done() {
            if (on && last > 0) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
