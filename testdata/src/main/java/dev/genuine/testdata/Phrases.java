package dev.genuine.testdata;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The Indonesian and English wording of the generated listings: title and description templates, the
 * counterfeit vocabulary, buyer reviews, and brand-free titles per category. Written for this generator
 * from general knowledge of how marketplace listings read. In templates {b} is the brand, {m} the model,
 * {n} the product noun and {v} a counterfeit word.
 */
final class Phrases {
    static final List<String> COUNTERFEIT_VOCAB = List.of("KW", "KW super", "KW 1:1", "grade ori", "replika",
            "tiruan", "1:1", "mirror quality", "OEM", "AAA", "premium copy", "super copy", "high copy", "non ori",
            "ori china", "inspired by");

    static final List<String> COUNTERFEIT_TITLES = List.of("{b} {m} {v} murah", "{n} {b} {m} {v} termurah",
            "{v} {b} {m} kualitas terbaik", "{b} {m} {v} best quality", "Jual {b} {m} {v} ready stok",
            "{b} {m} {v} free box", "{v} {b} {m} cheap price");
    static final List<String> PLAIN_SALE_TITLES = List.of("{b} {m} harga promo", "{n} {b} {m} murah meriah",
            "{b} {m} ready banyak warna", "Jual {b} {m} termurah", "{b} {m} {n} new arrival");
    static final List<String> COUNTERFEIT_SENTENCES = List.of("Kualitas {v}, sekilas mirip aslinya.",
            "Barang {v} ya kak, bukan original.", "Harga miring karena {v}.", "{v} quality, hard to tell from the real one.",
            "Detail rapi, grade {v}, cocok buat harian.");
    static final List<String> NEGATED_VOCAB = List.of("Asli 100%, dijamin bukan barang KW.", "Dijamin asli, bukan replika.",
            "Original bergaransi, no KW no tiruan.", "Authentic product, not a copy.");

    /** Claims of origin: honest makers and sellers make them, and counterfeit sellers just as readily. */
    static final List<String> ORIGIN_CLAIMS = List.of("Dijamin 100% original.", "Produk asli, langsung dari pabrik.",
            "Kualitas original, harga bersahabat.", "100% authentic, ready to ship.", "Barang ori, kualitas terjamin.");

    static final List<String> AUTHORIZED_TITLES = List.of("{b} {m} Original Garansi Resmi", "{b} {m} - Official Store",
            "{n} {b} {m} 100% original", "{b} {m} resmi bergaransi", "{b} {m} official distributor");
    static final List<String> AUTHORIZED_SENTENCES = List.of("Produk resmi {b} dengan garansi 1 tahun.",
            "Dijual oleh distributor resmi {b} di Indonesia.", "Official {b} product with full manufacturer warranty.");

    static final List<String> BUYER_TITLES = List.of("{b} {m} {n} ready stok", "Jual {b} {m} murah", "{b} {m} original",
            "{n} {b} {m} terlaris", "{b} {m} new arrival");
    static final List<String> FAKE_REVIEWS = List.of("barang palsu, beda jauh sama aslinya", "ini KW kak, bukan ori",
            "bukan ori, logonya miring", "kw parah, kecewa berat", "fake, the stitching is all wrong",
            "not genuine, the box looks cheap", "palsu! jangan beli di sini", "kayaknya KW deh, bahannya tipis",
            "barang tiruan, tidak sesuai deskripsi");
    static final List<String> GOOD_REVIEWS = List.of("pengiriman cepat", "packing rapi, terima kasih",
            "sesuai gambar", "mantap, seller ramah", "good product, fast delivery", "barang sudah sampai dengan selamat",
            "recommended seller", "warna sesuai foto");

    static final List<String> SECOND_HAND_TITLES = List.of("{b} {m} bekas mulus", "Preloved {b} {m} kondisi 90%",
            "{b} {m} second like new", "Jual cepat {b} {m} bekas pakai", "Used {b} {m}, good condition",
            "{b} {m} seken fullset");
    static final List<String> SECOND_HAND_SENTENCES = List.of("Pemakaian 3 bulan, kondisi masih bagus.",
            "Lecet pemakaian wajar, fungsi normal semua.", "Jarang terpakai, jadi dilepas saja.",
            "Lengkap dengan box dan nota pembelian.", "Used for a few months, works perfectly.");

    static final List<String> REFERENTIAL_TITLES = List.of("Case pelindung untuk {b} {m} anti crack",
            "Sarung silikon cocok untuk {b} {m}", "Compatible with {b} {m} - replacement strap",
            "Kabel charger kompatibel {b} {m} 1 meter", "Stiker skin custom untuk {b} {m}",
            "Tas penyimpanan untuk {b} {m}", "Cleaning kit for {b} {m}", "Spare part pengganti untuk {b} {m}",
            // Titles often just put the accessory before the device it fits, with no "for".
            "Anti gores {b} {m} full layar", "Softcase {b} {m} bening", "Strap nilon {b} {m}");
    static final List<String> REFERENTIAL_OEM_TITLES = List.of("Baterai pengganti OEM untuk {b} {m}",
            "OEM replacement part compatible with {b} {m}");
    static final List<String> REFERENTIAL_SENTENCES = List.of("Aksesoris pihak ketiga, bukan produk resmi {b}.",
            "Hanya aksesoris, unit {b} {m} tidak termasuk.", "Third-party accessory that fits {b} {m}.");

    static final List<String> GENERAL_SENTENCES = List.of("Stok ready, pesanan sebelum jam 3 sore dikirim hari ini.",
            "Bisa COD, packing aman pakai bubble wrap.", "Silakan chat dulu untuk tanya warna dan ukuran.",
            "Dikirim dari gudang kami di Bekasi.", "Garansi tukar 7 hari jika ada cacat produksi.",
            "Harga grosir untuk pembelian 6 pcs ke atas.", "Ready stock, ships within 24 hours.",
            "Carefully packed with bubble wrap.", "Message us for sizes and colours.");

    /** Brand-free titles per category, for re-used photos, stamped logos and unrelated listings. */
    static final Map<String, List<String>> NEUTRAL_TITLES = Map.ofEntries(
            Map.entry("shoes", List.of("Sepatu lari pria ringan dan empuk", "Sneakers wanita casual sol karet",
                    "Running shoes unisex breathable mesh", "Sepatu olahraga anak laki-laki")),
            Map.entry("phones", List.of("HP Android layar 6.7 inch RAM 8/256", "Smartphone baterai 5000 mAh",
                    "Tablet 10 inch untuk belajar online")),
            Map.entry("audio", List.of("Speaker bluetooth portable bass mantap", "Earbuds TWS wireless suara jernih",
                    "Wireless speaker outdoor waterproof")),
            Map.entry("drinkware", List.of("Botol minum stainless 750ml tahan panas", "Tumbler kopi anti tumpah",
                    "Vacuum flask 500ml keeps drinks warm")),
            Map.entry("beauty", List.of("Serum wajah pencerah kulit 30ml", "Body lotion pelembab kulit kering",
                    "Parfum wanita tahan lama 50ml", "Face serum hydrating 30 ml")),
            Map.entry("bags", List.of("Tas ransel outdoor 30 liter", "Tas selempang pria kanvas",
                    "Backpack laptop anti air", "Tote bag kanvas serbaguna")),
            Map.entry("wearables", List.of("Jam tangan pintar sport monitor detak jantung", "Smart band tahan air",
                    "Smartwatch fitness tracker")),
            Map.entry("apparel", List.of("Kaos pria cotton combed 30s", "T-shirt lengan pendek motif garis",
                    "Kaos wanita oversize")),
            Map.entry("home", List.of("Toples keramik dapur dengan tutup", "Botol kaca air minum 1 liter",
                    "Storage jar set of 3")),
            Map.entry("computer", List.of("Tablet 10 inch RAM 4GB", "Power bank 20000 mAh fast charging",
                    "Powerbank slim 2 port USB")));

    /** Listings that have nothing to do with any brand, with their category. */
    static final List<String[]> UNRELATED = List.of(new String[] {"Kabel HDMI 2 meter 4K", "electronics"},
            new String[] {"Mainan balok susun kayu anak", "toys"}, new String[] {"Lampu tidur LED sensor gerak", "home"},
            new String[] {"Payung lipat otomatis anti UV", "accessories"}, new String[] {"Kaos kaki katun isi 6 pasang", "apparel"},
            new String[] {"Set obeng presisi 24 in 1", "tools"}, new String[] {"Matras yoga 6mm anti slip", "sports"},
            new String[] {"Beras organik 5 kg", "food"}, new String[] {"Buku tulis isi 58 lembar 1 pak", "books"});

    private Phrases() {
    }

    static String pick(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }

    static String fill(String template, String brand, String model, String noun, String vocab) {
        String out = template.replace("{b}", brand).replace("{m}", model).replace("{n}", noun);
        out = vocab == null ? out : out.replace("{v}", vocab);
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** One or two general sentences followed by {@code extra} sentences. */
    static String description(Random random, String... extra) {
        StringBuilder out = new StringBuilder();
        for (String sentence : extra) {
            out.append(sentence).append(' ');
        }
        out.append(pick(GENERAL_SENTENCES, random));
        if (random.nextBoolean()) {
            out.append(' ').append(pick(GENERAL_SENTENCES, random));
        }
        return out.toString();
    }
}
