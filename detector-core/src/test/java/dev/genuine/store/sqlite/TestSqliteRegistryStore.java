package dev.genuine.store.sqlite;

import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Money;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.store.RegistryVersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestSqliteRegistryStore {
    @TempDir
    Path home;

    static RightsHolderEntry entry(String holder, String brand, String alias) {
        Mark word = new Mark(holder + "-word", holder, brand, MarkKind.WORD, brand, List.of(alias), List.of(25), List.of("ID"), null, List.of());
        Mark logo = new Mark(holder + "-logo", holder, brand, MarkKind.FIGURATIVE, null, List.of(), List.of(), List.of(), null,
                List.of(StoredImage.stored("logos/a.png", "ab".repeat(32))));
        Product p = new Product(holder + "-p1", holder, brand, brand + " One", "shoes", new Money(1299000, "IDR"), List.of());
        return new RightsHolderEntry(new RightsHolder(holder, brand + " Ltd", null), List.of(word, logo), List.of(p),
                Set.of("m-" + holder), "cd".repeat(32));
    }

    @Test
    void eachCommitIsAVersionThatKeepsOtherHolders() {
        try (SqliteStore s = SqliteStore.open(home)) {
            assertEquals(Registry.empty(), s.registry().current());
            s.registry().commit(List.of(entry("rh-a", "Velmora", "Velmora Sport"), entry("rh-b", "Quillon", "Quill")));
            Registry v2 = s.registry().commit(List.of(entry("rh-a", "Velmora", "Velmora Pro")));
            assertEquals(2, v2.version());
            assertEquals(List.of("rh-a", "rh-b"), v2.entries().stream().map(RightsHolderEntry::id).toList());
            assertEquals(List.of("Velmora Pro"), v2.entry("rh-a").orElseThrow().marks().get(0).aliases());
            assertEquals(entry("rh-b", "Quillon", "Quill"), v2.entry("rh-b").orElseThrow());
            assertEquals(List.of("Velmora Sport"), s.registry().version(1).orElseThrow().entry("rh-a").orElseThrow().marks().get(0).aliases());
            assertTrue(s.registry().version(3).isEmpty());
            List<RegistryVersionInfo> versions = s.registry().versions();
            assertEquals(List.of("rh-a", "rh-b"), versions.get(0).changedHolders());
            assertEquals(List.of("rh-a"), versions.get(1).changedHolders());
        }
        try (SqliteStore s = SqliteStore.open(home)) {
            assertEquals(2, s.registry().current().version());
            assertTrue(s.registry().current().isAuthorized("rh-b", "m-rh-b"));
        }
    }

    @Test
    void refusesAnEmptyOrDuplicatedCommit() {
        try (SqliteStore s = SqliteStore.open(home)) {
            assertThrows(IllegalArgumentException.class, () -> s.registry().commit(List.of()));
            assertThrows(IllegalArgumentException.class, () -> s.registry().commit(List.of(entry("rh-a", "A", "x"), entry("rh-a", "A", "y"))));
            assertTrue(s.registry().versions().isEmpty());
        }
    }
}
