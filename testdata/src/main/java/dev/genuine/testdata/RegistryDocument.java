package dev.genuine.testdata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/** Builds a brand's registry file in the contract's format (word mark, figurative mark, products, sellers). */
final class RegistryDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RegistryDocument() {
    }

    static ObjectNode of(BrandAssets assets, long seed) {
        Brand brand = assets.brand();
        Random random = new Random(Seeds.derive(seed, 4, Brands.ALL.indexOf(brand)));
        String folder = "registry/" + brand.slug() + "/";
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", 1);
        ObjectNode holder = root.putObject("rightsHolder");
        holder.put("id", brand.rightsHolderId());
        holder.put("name", brand.company());
        holder.put("contact", "ip@" + brand.slug() + ".example");
        ArrayNode marks = root.putArray("marks");
        ObjectNode word = marks.addObject();
        word.put("id", brand.slug() + "-word");
        word.put("brand", brand.name());
        word.put("kind", "word");
        word.put("text", brand.name());
        if (!brand.aliases().isEmpty()) {
            ArrayNode aliases = word.putArray("aliases");
            brand.aliases().forEach(aliases::add);
        }
        word.putArray("classes").add(niceClass(brand.products().get(0).category()));
        word.putArray("jurisdictions").add("ID").add("SG");
        ObjectNode registration = word.putObject("registration");
        registration.put("office", "DJKI");
        registration.put("number", String.format("IDM%09d", 100_000 + random.nextInt(900_000)));
        registration.put("expires", String.format("%d-%02d-%02d", 2029 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        ObjectNode figurative = marks.addObject();
        figurative.put("id", brand.slug() + "-logo");
        figurative.put("brand", brand.name());
        figurative.put("kind", "figurative");
        figurative.putArray("images").add(assets.logoPath().substring(folder.length()));
        ArrayNode products = root.putArray("products");
        for (ProductSpec spec : brand.products()) {
            ObjectNode product = products.addObject();
            product.put("id", spec.id());
            product.put("brand", brand.name());
            product.put("name", spec.name());
            product.put("category", spec.category());
            ObjectNode msrp = product.putObject("msrp");
            msrp.put("amount", spec.msrp());
            msrp.put("currency", "IDR");
            ArrayNode images = product.putArray("images");
            assets.photosOf(spec).forEach(p -> images.add(p.path().substring(folder.length())));
        }
        ArrayNode sellers = root.putArray("authorizedSellers");
        brand.authorizedSellers().forEach(sellers::add);
        return root;
    }

    /** The Nice classification class of goods of a category. */
    private static int niceClass(String category) {
        return switch (category) {
            case "shoes", "apparel" -> 25;
            case "beauty" -> 3;
            case "bags" -> 18;
            case "drinkware", "home" -> 21;
            default -> 9;
        };
    }
}
