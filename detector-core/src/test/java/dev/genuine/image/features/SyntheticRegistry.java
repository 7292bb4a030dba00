package dev.genuine.image.features;

import dev.genuine.store.MemoryImageStore;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import org.opencv.core.Mat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** A registry of {@code logos} fictional rights holders, each with a drawn logo, the first 40 with a product photo. */
final class SyntheticRegistry {
    static final int PHOTOS = 40;

    private SyntheticRegistry() {}

    static Registry of(int logos, MemoryImageStore store) {
        Random r = new Random(7);
        List<RightsHolderEntry> entries = new ArrayList<>();
        for (int i = 0; i < logos; i++) {
            String id = "rh-" + i;
            StringBuilder word = new StringBuilder();
            for (int c = 0; c < 4; c++) word.append((char) ('A' + r.nextInt(26)));
            Mark mark = new Mark("m-" + i, id, "Brand" + i, MarkKind.FIGURATIVE, null, null, null, null, null,
                    List.of(StoredImage.stored("logo.png", store.put(SyntheticImages.logoPng(word.toString(), i)))));
            List<Product> products = new ArrayList<>();
            if (i < PHOTOS) {
                Mat photo = SyntheticImages.busyBackground(320, 320, 1000 + i);
                products.add(new Product("p-" + i, id, "Brand" + i, "product", null, null,
                        List.of(StoredImage.stored("p.jpg", store.put(SyntheticImages.jpeg(photo, 90))))));
                photo.release();
            }
            entries.add(new RightsHolderEntry(new RightsHolder(id, "Brand" + i, null), List.of(mark), products, Set.of(), null));
        }
        return new Registry(1, Instant.EPOCH, entries);
    }
}
