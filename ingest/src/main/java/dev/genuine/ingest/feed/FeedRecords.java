package dev.genuine.ingest.feed;

import java.io.Closeable;
import java.io.IOException;

/** A feed file read one record at a time, so no more than one record is held in memory. */
interface FeedRecords extends Closeable {
    /** The next record, or null at the end of the file. */
    FeedRecord next() throws IOException;
}
