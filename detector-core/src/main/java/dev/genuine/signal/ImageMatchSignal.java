package dev.genuine.signal;

import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A registry image found in the listing's photos: an official product photo re-used, or a logo on the
 * product. One observation per rights holder, from its strongest match. A merchant authorized by the holder
 * may use the holder's own photos and logos, so no observation is made for them.
 */
public final class ImageMatchSignal implements Signal {
    private final String name;
    private final ImageMatchKind kind;

    private ImageMatchSignal(String name, ImageMatchKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public static ImageMatchSignal productPhoto() {
        return new ImageMatchSignal(SignalNames.PRODUCT_PHOTO, ImageMatchKind.PRODUCT_PHOTO);
    }

    public static ImageMatchSignal logo() {
        return new ImageMatchSignal(SignalNames.LOGO, ImageMatchKind.LOGO);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Observation> observe(ListingAnalysis a) {
        Map<String, List<ImageMatch>> byHolder = a.imageMatches().stream().filter(m -> m.kind() == kind)
                .collect(Collectors.groupingBy(ImageMatch::rightsHolderId, LinkedHashMap::new, Collectors.toList()));
        List<Observation> out = new ArrayList<>();
        byHolder.forEach((holder, matches) -> {
            if (a.registry().isAuthorized(holder, a.listing().merchantId())) return;
            ImageMatch best = matches.stream().max(Comparator.comparingDouble(ImageMatch::strength)).orElseThrow();
            Map<String, Object> facts = new LinkedHashMap<>(best.measures());
            facts.put("method", best.method());
            facts.put("referenceId", best.referenceId());
            facts.put("listingImage", best.listingImageSha256());
            facts.put("registryImage", best.referenceImageSha256());
            facts.put("categoryMatch", a.inCategoryOf(holder));
            String what = kind == ImageMatchKind.LOGO ? "the " + best.brand() + " logo (" + best.referenceId() + ")"
                    : "an official photo of " + best.brand() + " product " + best.referenceId();
            String detail = "listing image " + shortHash(best.listingImageSha256()) + " shows " + what
                    + " [" + best.method() + measureText(best) + "]";
            String markId = kind == ImageMatchKind.LOGO ? best.referenceId() : null;
            out.add(new Observation(name, holder, best.brand(), markId, best.strength(), detail, facts));
        });
        return out;
    }

    private static String measureText(ImageMatch m) {
        StringBuilder b = new StringBuilder();
        for (String key : List.of("distance", "inliers", "similarity", "model")) {
            Object v = m.measures().get(key);
            if (v != null) b.append(", ").append(key).append(' ').append(v);
        }
        return b.toString();
    }

    private static String shortHash(String sha) {
        return sha == null ? "?" : sha.substring(0, Math.min(12, sha.length()));
    }
}
