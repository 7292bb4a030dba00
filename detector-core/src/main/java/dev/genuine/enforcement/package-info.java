/**
 * What happens after a decision, and everything people do about it.
 *
 * <ul>
 *   <li>The scanner calls {@link dev.genuine.enforcement.Moderation#onDecision} for every decision it stores: a
 *   review opens (or refreshes) the listing's item in the review queue, a takedown counts a strike against the
 *   merchant, an allow withdraws a stale queue item.</li>
 *   <li>A moderator's verdict ({@link dev.genuine.enforcement.Moderation#decide}) resolves the item, is written to
 *   the evidence chain as {@code moderator-verdict} (citing the decision record's seq), becomes the listing's
 *   latest decision, and a takedown verdict counts a strike.</li>
 *   <li>Repeat infringers: {@link dev.genuine.enforcement.StrikePolicy} suspends a merchant at 3 standing strikes
 *   within a rolling 180 days by default ({@code merchant-suspended} evidence). One listing holds at most one
 *   standing strike, however often it is taken down again.</li>
 *   <li>Appeals ({@link dev.genuine.enforcement.Appeals}): the listing's merchant may appeal while its latest
 *   decision is a takedown ({@code appeal-filed}). Upheld, the takedown is overturned: the listing is allowed, the
 *   strike withdrawn, a suspension no longer met by the policy lifted ({@code merchant-reinstated}), and the
 *   {@code appeal-decided} record labels the takedown a false positive for training. Rejected, it stands.</li>
 *   <li>A person's ruling stands over later scans of the same listing content (same content hash); a changed
 *   listing is judged afresh.</li>
 * </ul>
 */
package dev.genuine.enforcement;
