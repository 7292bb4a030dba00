package dev.genuine.store;

import java.util.List;
import java.util.Optional;

/** The moderators' queue of listings the scorer was unsure about, highest score first. */
public interface ReviewQueue {
    /**
     * Opens an item for the listing unless one is already open for it (a rescan updates it instead).
     * Returns the item's id.
     */
    long enqueue(String listingId, long evidenceSeq, double score, String rightsHolderId);

    /** Closes a listing's open item without a verdict (a rescan no longer flags it for review). */
    void withdraw(String listingId);

    List<ReviewItem> list(String status, int limit);

    Optional<ReviewItem> get(long id);

    /** Claims the highest-scored open item for a moderator, so two moderators never get the same one. */
    Optional<ReviewItem> claimNext(String moderator);

    ReviewItem resolve(long id, String moderator, String verdict, String note);
}
