package dev.genuine.image.silhouette;

import dev.genuine.domain.Listing;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.image.features.Box;
import dev.genuine.image.features.ImagePreparation;
import dev.genuine.store.ImageStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds logos printed flat in one colour, which give local features too few keypoints: a solid shape has
 * corners but no texture. Each listing photo is cut into one-colour shapes ({@link ColourRegions}) and each
 * shape is compared with every registry logo's silhouette, turned through small angles ({@link Silhouette}).
 * Thread-safe. A listing image that cannot be read or decoded is skipped (ingest reports it).
 *
 * <p>Strength is 0.5 at {@link #MIN_AGREEMENT} rising linearly to 1 at full agreement, like the feature
 * matcher's 0.5 at its inlier threshold.
 */
public final class SilhouetteLogoMatcher implements ListingImageMatcher {
    /** The method a match names: a one-colour shape compared with a logo's silhouette. */
    public static final String METHOD = "colour-silhouette";
    /**
     * The least agreement (of ink and blank, both ways) that counts as the logo: above every shape that agreed
     * best with the wrong logo in the project's generated corpus (testdata, at most 0.902, between its look-alike
     * emblems); see {@code docs/image-thresholds.md}.
     */
    static final double MIN_AGREEMENT = 0.91;
    /** Shapes whose aspect ratios differ by more than this factor are not compared. */
    private static final double MAX_ASPECT_RATIO = 1.3;
    /** Photos are cut into shapes at this size at most: enough for a logo a fifth of the photo wide. */
    static final int MAX_SIDE = 320;

    private final LogoSilhouettes logos;
    private final ImageStore store;

    public SilhouetteLogoMatcher(LogoSilhouettes logos, ImageStore store) {
        this.logos = logos;
        this.store = store;
    }

    @Override
    public List<ImageMatch> match(Listing listing) {
        if (logos.isEmpty()) return List.of();
        return ListingImageMatcher.eachStoredImage(listing, this::matchImage);
    }

    /** The logos found in one stored image, the best shape per mark. */
    public List<ImageMatch> matchImage(String sha256) {
        Map<String, ImageMatch> best = new LinkedHashMap<>();
        for (Closest c : closest(sha256)) {
            if (c.agreement().score() < MIN_AGREEMENT) continue;
            ImageMatch m = toMatch(sha256, c);
            best.merge(c.logo().markId(), m, (a, b) -> a.strength() >= b.strength() ? a : b);
        }
        return List.copyOf(best.values());
    }

    /** A shape of a photo, the logo it agrees with best, how well, and the photo's scale from the stored image. */
    record Closest(ColourRegions.Region region, LogoSilhouettes.Turned logo, Silhouette.Agreement agreement, double scale) {}

    /**
     * Every shape of one stored image with the logo it agrees with best, however weakly (a shape is at most one
     * logo); empty when the image cannot be read or decoded.
     */
    List<Closest> closest(String sha256) {
        List<ColourRegions.Region> regions;
        double scale;
        try {
            ImagePreparation.Scaled photo = ImagePreparation.colour(store.read(sha256), MAX_SIDE);
            try {
                scale = photo.scale();
                regions = ColourRegions.of(photo.image());
            } finally {
                photo.image().release();
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        List<Closest> out = new ArrayList<>();
        for (ColourRegions.Region region : regions) {
            LogoSilhouettes.Turned closest = null;
            Silhouette.Agreement closestAgreement = null;
            for (LogoSilhouettes.Turned logo : logos.turned()) {
                if (!comparable(region.shape(), logo.shape())) continue;
                Silhouette.Agreement agreement = region.shape().agreement(logo.shape());
                if (closestAgreement == null || agreement.score() > closestAgreement.score()) {
                    closest = logo;
                    closestAgreement = agreement;
                }
            }
            if (closest != null) out.add(new Closest(region, closest, closestAgreement, scale));
        }
        return out;
    }

    private static boolean comparable(Silhouette shape, Silhouette logo) {
        double aspect = shape.aspect() / logo.aspect();
        return aspect <= MAX_ASPECT_RATIO && aspect >= 1 / MAX_ASPECT_RATIO;
    }

    private static ImageMatch toMatch(String listingSha, Closest c) {
        Silhouette.Agreement a = c.agreement();
        LogoSilhouettes.Turned logo = c.logo();
        Box box = c.region().box();
        double scale = c.scale();
        double score = a.score();
        double strength = 0.5 + 0.5 * (score - MIN_AGREEMENT) / (1 - MIN_AGREEMENT);
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("similarity", round(score));
        measures.put("inkPrecision", round(a.inkPrecision()));
        measures.put("inkRecall", round(a.inkRecall()));
        measures.put("blankPrecision", round(a.blankPrecision()));
        measures.put("blankRecall", round(a.blankRecall()));
        measures.put("angle", logo.angle());
        measures.put("print", logo.print().name().toLowerCase(java.util.Locale.ROOT));
        measures.put("detachedMarksDropped", logo.specksDropped());
        measures.put("box", new Box((int) Math.round(box.x() / scale), (int) Math.round(box.y() / scale),
                (int) Math.round(box.w() / scale), (int) Math.round(box.h() / scale)).toMap());
        return new ImageMatch(ImageMatchKind.LOGO, logo.rightsHolderId(), logo.brand(), logo.markId(), listingSha,
                logo.sha256(), METHOD, Math.min(1, strength), measures);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
