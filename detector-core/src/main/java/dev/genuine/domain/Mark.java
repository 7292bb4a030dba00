package dev.genuine.domain;

import java.util.List;
import java.util.Objects;

/** A registered trademark: a word mark with its text and aliases, or a figurative mark with its images. */
public record Mark(String id, String rightsHolderId, String brand, MarkKind kind, String text,
                   List<String> aliases, List<Integer> classes, List<String> jurisdictions,
                   Registration registration, List<StoredImage> images) {
    public Mark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rightsHolderId, "rightsHolderId");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        classes = List.copyOf(classes == null ? List.of() : classes);
        jurisdictions = List.copyOf(jurisdictions == null ? List.of() : jurisdictions);
        images = List.copyOf(images == null ? List.of() : images);
        if (kind == MarkKind.WORD && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("word mark " + id + " needs text");
        }
        if (kind == MarkKind.FIGURATIVE && images.isEmpty()) {
            throw new IllegalArgumentException("figurative mark " + id + " needs at least one image");
        }
    }

    /** The text and every alias: each is matched on its own. */
    public List<String> wordForms() {
        if (kind != MarkKind.WORD) return List.of();
        var forms = new java.util.ArrayList<String>(1 + aliases.size());
        forms.add(text);
        forms.addAll(aliases);
        return forms;
    }
}
