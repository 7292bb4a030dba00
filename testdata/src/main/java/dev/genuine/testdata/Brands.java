package dev.genuine.testdata;

import java.awt.Color;
import java.util.List;

/**
 * The fictional brands of the test data: ordinary-word names (Papaya, Heron), short names (Vyn, Zolt),
 * multi-word names (Blue Harbor, Casa Verde) and invented words. None is a real brand.
 */
public final class Brands {
    /** Every brand, in the order the generator uses them. */
    public static final List<Brand> ALL = List.of(
            brand("aurelia", "Aurelia", "Aurelia Footwear Ltd", List.of("Aurelia Sport"), 0x1f3a93, 0xf5b700, 0,
                    List.of(product("aurelia-runner-2", "Aurelia Runner 2", "shoes", "Sepatu lari", 1_299_000, ProductShape.SHOE, 2),
                            product("aurelia-court-classic", "Aurelia Court Classic", "shoes", "Sneakers", 899_000, ProductShape.SHOE, 1)),
                    List.of(near("Amelia", "similar-name", "Sepatu flat Amelia wanita kulit sintetis", "shoes"),
                            near("Lumira", "other-brand", "Lumira Runner sepatu lari pria ringan", "shoes"),
                            near("Aurelio", "similar-name", "Aurelio dompet kulit pria model lipat", "bags")),
                    List.of(), null),
            brand("veltrona", "Veltrona", "Veltrona Mobile Co.", List.of("Veltrona Mobile"), 0x111111, 0x19b5a5, 1,
                    List.of(product("veltrona-v9-pro", "Veltrona V9 Pro", "phones", "HP Android", 5_499_000, ProductShape.PHONE, 2),
                            product("veltrona-pad-s", "Veltrona Pad S", "phones", "Tablet", 3_999_000, ProductShape.PHONE, 1)),
                    List.of(near("Veltrix", "similar-name", "Veltrix kabel data USB-C 1 meter", "phones"),
                            near("Nexora", "other-brand", "Nexora N5 HP Android 128GB garansi", "phones"),
                            near("Voltrona", "similar-name", "Voltrona kipas angin meja 12 inch", "home")),
                    List.of(), null),
            brand("korvax", "Korvax", "Korvax Audio GmbH", List.of(), 0xd7263d, 0x2e2e2e, 2,
                    List.of(product("korvax-boom-3", "Korvax Boom 3", "audio", "Speaker bluetooth", 1_150_000, ProductShape.SPEAKER, 2),
                            product("korvax-pocket-boom", "Korvax Pocket Boom", "audio", "Speaker portabel", 650_000, ProductShape.SPEAKER, 1)),
                    List.of(near("Corvex", "similar-name", "Corvex rak dinding besi minimalis", "home"),
                            near("Sonvik", "other-brand", "Sonvik speaker bluetooth portable bass", "audio"),
                            near("Korvan", "similar-name", "Korvan tas ransel laptop 15 inch", "bags")),
                    List.of(), null),
            brand("mirasol", "Mirasol", "Mirasol Home Goods", List.of(), 0xf18f01, 0x006e90, 3,
                    List.of(product("mirasol-thermo-750", "Mirasol Thermo 750", "drinkware", "Botol minum", 349_000, ProductShape.BOTTLE, 2),
                            product("mirasol-tumbler-500", "Mirasol Tumbler 500", "drinkware", "Tumbler", 279_000, ProductShape.BOTTLE, 1)),
                    List.of(near("Mirador", "similar-name", "Mirador teropong kecil lipat untuk hiking", "sports"),
                            near("Tervo", "other-brand", "Tervo botol minum stainless 600ml", "drinkware"),
                            near("Mirasel", "similar-name", "Mirasel kaos kaki katun isi 3 pasang", "apparel")),
                    List.of(), null),
            brand("papaya", "Papaya", "Papaya Beauty Inc.", List.of(), 0xff6f59, 0x2a9d8f, 4,
                    List.of(product("papaya-glow-serum", "Papaya Glow Serum", "beauty", "Serum wajah", 189_000, ProductShape.JAR, 2),
                            product("papaya-body-lotion", "Papaya Body Lotion", "beauty", "Body lotion", 129_000, ProductShape.BOTTLE, 1)),
                    List.of(near("Pepaya", "similar-name", "Keripik Pepaya kering renyah 250 gr", "food"),
                            near("Kalya", "other-brand", "Kalya serum wajah vitamin C 20ml", "beauty")),
                    List.of("Buah papaya california manis segar 1 kg", "Bibit pohon papaya unggul cepat berbuah",
                            "Fresh papaya from local farm, 2 pcs", "Jus papaya tanpa gula 500 ml",
                            "Selai papaya homemade 200 gr"), "food"),
            brand("heron", "Heron", "Heron Outdoor Ltd", List.of(), 0x3d5a80, 0xe0fbfc, 5,
                    List.of(product("heron-trail-pack-30", "Heron Trail Pack 30", "bags", "Tas ransel", 899_000, ProductShape.BAG, 2),
                            product("heron-sling", "Heron Sling", "bags", "Tas selempang", 449_000, ProductShape.BAG, 1)),
                    List.of(near("Hero", "similar-name", "Hero tas sekolah anak motif robot", "bags"),
                            near("Kalinda", "other-brand", "Kalinda tas selempang kanvas unisex", "bags")),
                    List.of("Patung burung heron kayu jati ukir", "Poster burung heron abu-abu A3",
                            "Heron bird wall art canvas print", "Miniatur heron keramik hiasan taman",
                            "Buku foto burung air: heron dan bangau"), "home"),
            brand("vyn", "Vyn", "Vyn Sound Labs", List.of(), 0x6a4c93, 0xffca3a, 0,
                    List.of(product("vyn-echo-buds", "Vyn Echo Buds", "audio", "Earbuds TWS", 1_499_000, ProductShape.SPEAKER, 2)),
                    List.of(near("Vinyl", "similar-name", "Piringan hitam vinyl musik jazz klasik", "audio"),
                            near("Audiora", "other-brand", "Audiora earbuds TWS bluetooth 5.3", "audio")),
                    List.of(), null),
            brand("zolt", "Zolt", "Zolt Wearables Pte Ltd", List.of(), 0x00a6ed, 0x1b1b1e, 1,
                    List.of(product("zolt-pulse-4", "Zolt Pulse 4", "wearables", "Smartwatch", 2_199_000, ProductShape.WATCH, 2),
                            product("zolt-band", "Zolt Band", "wearables", "Smart band", 599_000, ProductShape.WATCH, 1)),
                    List.of(near("Bolt", "similar-name", "Bolt baut stainless M8 isi 10 pcs", "tools"),
                            near("Fitrix", "other-brand", "Fitrix smartwatch layar AMOLED tahan air", "wearables")),
                    List.of(), null),
            brand("blueharbor", "Blue Harbor", "Blue Harbor Apparel Co.", List.of("BlueHarbor"), 0x0b3c5d, 0xd9b310, 2,
                    List.of(product("blueharbor-sailor-tee", "Blue Harbor Sailor Tee", "apparel", "Kaos", 249_000, ProductShape.SHIRT, 2),
                            product("blueharbor-canvas-tote", "Blue Harbor Canvas Tote", "bags", "Tas tote", 399_000, ProductShape.BAG, 1)),
                    List.of(near("Blue Horizon", "similar-name", "Kaos Blue Horizon lengan pendek katun", "apparel"),
                            near("Ombak", "other-brand", "Ombak kaos pantai pria motif ombak", "apparel")),
                    List.of(), null),
            brand("casaverde", "Casa Verde", "Casa Verde Living", List.of(), 0x2d6a4f, 0xb7e4c7, 3,
                    List.of(product("casaverde-ceramic-jar", "Casa Verde Ceramic Jar", "home", "Toples keramik", 219_000, ProductShape.JAR, 1),
                            product("casaverde-glass-bottle", "Casa Verde Glass Bottle", "home", "Botol kaca", 159_000, ProductShape.BOTTLE, 2)),
                    List.of(near("Casa Verona", "similar-name", "Casa Verona set piring keramik 6 pcs", "home"),
                            near("Rumaja", "other-brand", "Rumaja toples kaca kedap udara 1 liter", "home"),
                            near("Casa Verdi", "similar-name", "Casa Verdi pasta fusilli 500 gr", "food")),
                    List.of(), null),
            brand("solvenne", "Solvenne", "Maison Solvenne", List.of(), 0x8d0801, 0xf4d58d, 4,
                    List.of(product("solvenne-eau-50", "Solvenne Eau de Parfum 50ml", "beauty", "Parfum", 1_850_000, ProductShape.BOTTLE, 2)),
                    List.of(near("Solvent", "similar-name", "Solvent pembersih kutek aseton 60ml", "beauty"),
                            near("Florenza", "other-brand", "Florenza parfum wanita floral 50ml", "beauty"),
                            near("Solvenna", "similar-name", "Solvenna cat tembok interior 5 kg", "home")),
                    List.of(), null),
            brand("tandrel", "Tandrel", "Tandrel Computing", List.of(), 0x393e41, 0xe94f37, 5,
                    List.of(product("tandrel-slate-14", "Tandrel Slate 14", "computer", "Tablet", 8_999_000, ProductShape.PHONE, 1),
                            product("tandrel-powercell-20k", "Tandrel PowerCell 20K", "computer", "Power bank", 449_000, ProductShape.SPEAKER, 1)),
                    List.of(near("Tendril", "similar-name", "Tanaman hias Tendril gantung pot plastik", "home"),
                            near("Komputra", "other-brand", "Komputra tablet 10 inch RAM 4GB", "computer"),
                            near("Tandrem", "similar-name", "Tandrem sepeda lipat 20 inch", "sports")),
                    List.of(), null));

    private Brands() {
    }

    /** The brand with {@code slug}. */
    public static Brand bySlug(String slug) {
        return ALL.stream().filter(b -> b.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no test brand '" + slug + "'"));
    }

    private static Brand brand(String slug, String name, String company, List<String> aliases, int colour, int accent,
                               int emblem, List<ProductSpec> products, List<NearName> near, List<String> ordinary,
                               String ordinaryCategory) {
        int seller = 1000 + Math.floorMod(slug.hashCode(), 9000);
        return new Brand(slug, name, company, aliases, List.of(new Color(colour), new Color(accent)), emblem, products,
                List.of("m-" + slug + "-official", "m-" + seller), near, ordinary, ordinaryCategory);
    }

    private static ProductSpec product(String id, String name, String category, String noun, long msrp,
                                       ProductShape shape, int photos) {
        return new ProductSpec(id, name, category, noun, msrp, shape, photos);
    }

    private static NearName near(String name, String kind, String title, String category) {
        return new NearName(name, kind, title, category);
    }
}
