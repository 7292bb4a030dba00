package dev.genuine.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class TestPolicy {
    @Test
    void defaultsWithoutAFile(@TempDir Path home) throws IOException {
        assertEquals(Policy.DEFAULT, PolicyFile.load(home));
    }

    @Test
    void readsThresholdsAndKeepsDefaultsForTheRest(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("policy.json"), "{\"takedownThreshold\": 0.9}");
        Policy p = PolicyFile.load(home);
        assertEquals(0.9, p.takedownThreshold());
        assertEquals(Policy.DEFAULT.reviewThreshold(), p.reviewThreshold());
        assertNotEquals(Policy.DEFAULT.version(), p.version());
    }

    @Test
    void namesTheFileAndFieldOfABadSetting(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("policy.json"), "{\"reviewThreshold\": \"high\"}");
        var e = assertThrows(IOException.class, () -> PolicyFile.load(home));
        assertTrue(e.getMessage().endsWith("policy.json: reviewThreshold: must be a number"), e.getMessage());
        Files.writeString(home.resolve("policy.json"), "{\"reviewThreshold\": 0.95}");
        e = assertThrows(IOException.class, () -> PolicyFile.load(home));
        assertTrue(e.getMessage().contains("reviewThreshold <= takedownThreshold"), e.getMessage());
        Files.writeString(home.resolve("policy.json"), "{\"takedown\": 0.9}");
        e = assertThrows(IOException.class, () -> PolicyFile.load(home));
        assertTrue(e.getMessage().contains("takedown: unknown setting"), e.getMessage());
    }
}
