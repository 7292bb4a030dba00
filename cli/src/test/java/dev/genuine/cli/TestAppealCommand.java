package dev.genuine.cli;

import dev.genuine.policy.DecisionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestAppealCommand {
    @TempDir
    Path home;

    @Test
    void aMerchantAppealsAndAModeratorOverturnsTheTakedown() {
        CommandRun.scanned(home, "L-1", "m-1", DecisionKind.TAKEDOWN, 0.93);
        CommandRun wrong = CommandRun.run(home, "appeal", "file", "L-1", "--merchant", "m-2", "--statement", "mine");
        assertEquals(1, wrong.status());
        assertTrue(wrong.err().contains("belongs to another merchant"), wrong.err());
        CommandRun filed = CommandRun.run(home, "appeal", "file", "L-1", "--merchant", "m-1", "--statement", "bought from the brand");
        assertEquals(0, filed.status(), filed.err());
        assertEquals("appeal 1 filed for L-1 by m-1 (evidence #2)\n", filed.out());
        assertTrue(CommandRun.run(home, "appeal", "list").out().contains("bought from the brand"));
        assertEquals(2, CommandRun.run(home, "appeal", "decide", "1", "--uphold", "--reject", "--moderator", "ana").status());
        assertEquals(2, CommandRun.run(home, "appeal", "decide", "1", "--moderator", "ana").status());
        CommandRun decided = CommandRun.run(home, "appeal", "decide", "1", "--uphold", "--moderator", "ana", "--note", "invoice");
        assertEquals(0, decided.status(), decided.err());
        assertTrue(decided.out().contains("the takedown of L-1 is overturned"), decided.out());
        assertTrue(decided.out().contains("merchant m-1: 0 strikes"), decided.out());
        assertEquals("no open appeals\n", CommandRun.run(home, "appeal", "list").out());
        CommandRun merchant = CommandRun.run(home, "merchant", "show", "m-1");
        assertTrue(merchant.out().contains("[withdrawn"), merchant.out());
        assertTrue(merchant.out().contains("appeal 1 on L-1: upheld by ana"), merchant.out());
        CommandRun history = CommandRun.run(home, "evidence", "show", "L-1");
        assertTrue(history.out().contains("appeal-decided") && history.out().contains("label false-positive"), history.out());
    }

    @Test
    void aListingUnderReviewCannotBeAppealed() {
        CommandRun.scanned(home, "L-1", "m-1", DecisionKind.REVIEW, 0.6);
        CommandRun r = CommandRun.run(home, "appeal", "file", "L-1", "--merchant", "m-1", "--statement", "x");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("only a takedown can be appealed"), r.err());
    }
}
