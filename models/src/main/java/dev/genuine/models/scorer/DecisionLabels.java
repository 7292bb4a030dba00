package dev.genuine.models.scorer;

import dev.genuine.score.Candidate;
import dev.genuine.store.Appeal;
import dev.genuine.store.ReviewItem;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the store's human outcomes into training labels for {@code --from-decisions}. Only people label:
 * a moderator's verdict, overridden by the appeal outcome when there is one (an upheld appeal overturns the
 * takedown, so the listing was a false positive). Automatic decisions nobody looked at are not labels, or the
 * model would learn to agree with itself.
 */
public final class DecisionLabels {
    private DecisionLabels() {}

    /** A human judgement of one listing and when it was made (the newest one sets the card's {@code created}). */
    public record Label(String listingId, String rightsHolderId, boolean infringing, Instant at) {
        public Label {
            Objects.requireNonNull(listingId, "listingId");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The label the review and appeal give the listing, if any person decided it. */
    public static Optional<Label> label(Optional<ReviewItem> review, Optional<Appeal> appeal) {
        Optional<Appeal> decidedAppeal = appeal.filter(a -> a.decidedAt() != null
                && ("upheld".equals(a.status()) || "rejected".equals(a.status())));
        String holder = review.map(ReviewItem::rightsHolderId).orElse(null);
        if (decidedAppeal.isPresent()) {
            Appeal a = decidedAppeal.get();
            return Optional.of(new Label(a.listingId(), holder, "rejected".equals(a.status()), a.decidedAt()));
        }
        return review.filter(r -> r.verdict() != null && r.resolvedAt() != null)
                .map(r -> new Label(r.listingId(), holder, "takedown".equals(r.verdict()), r.resolvedAt()));
    }

    /**
     * Labels the listing's candidates: the judged rights holder's candidate takes the label; when the label
     * names no holder, every candidate of the listing does. Candidates for other holders are left out, since
     * nobody judged them.
     */
    public static List<LabelledCandidate> apply(Label label, List<Candidate> candidatesOfListing) {
        return candidatesOfListing.stream()
                .filter(c -> c.listingId().equals(label.listingId()))
                .filter(c -> label.rightsHolderId() == null || label.rightsHolderId().equals(c.rightsHolderId()))
                .map(c -> new LabelledCandidate(c, label.infringing()))
                .toList();
    }
}
