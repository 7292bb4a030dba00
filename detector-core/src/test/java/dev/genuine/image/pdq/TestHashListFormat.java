package dev.genuine.image.pdq;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestHashListFormat {
    private static final String A = "64e98e8e396467378cc8bce4731b0ca4e6ce93354cb3664e193dcc93664c396d";
    private static final String B = "920e3a3374a056bb1dcc94e3235ebb37ecd526ce130999324df366def00d5134";

    @Test
    void readsTheReferenceToolsOutputAndTabSeparatedLists() throws IOException {
        String text = "hash,quality,filename\n"
                + A + ",100,photos/a,with comma.jpg\n"
                + "# a comment\n\n"
                + B.toUpperCase() + "\t73\tvendor label\n";
        HashList list = HashListFormat.read(new StringReader(text), "list.csv");
        assertEquals(List.of(), list.errors());
        assertEquals(2, list.entries().size());
        assertEquals(new HashListEntry(PdqHash.parse(A, 100), "photos/a,with comma.jpg"), list.entries().get(0));
        assertEquals(73, list.entries().get(1).hash().quality());
        assertEquals("vendor label", list.entries().get(1).label());
    }

    @Test
    void writtenListsReadBackUnchanged() throws IOException {
        List<HashListEntry> entries = List.of(new HashListEntry(PdqHash.parse(A, 100), "a.jpg"),
                new HashListEntry(PdqHash.parse(B, 12), ""));
        for (HashListFormat.Separator separator : HashListFormat.Separator.values()) {
            StringWriter out = new StringWriter();
            HashListFormat.write(out, entries, separator);
            assertEquals(entries, HashListFormat.read(new StringReader(out.toString()), "x").entries());
        }
        assertEquals(A + ",100,a.jpg", HashListFormat.line(entries.get(0), HashListFormat.Separator.COMMA));
    }

    @Test
    void badLinesAreReportedWithLineAndFieldAndTheRestGoThrough() throws IOException {
        String text = A + ",100,good\n"
                + "abc,100,short\n"
                + A + ",high,word\n"
                + A + ",101,too high\n"
                + A + "\n"
                + B + ",5,also good\n";
        HashList list = HashListFormat.read(new StringReader(text), "in.csv");
        assertEquals(List.of("good", "also good"), list.entries().stream().map(HashListEntry::label).toList());
        assertEquals(4, list.errors().size());
        assertTrue(list.errors().get(0).startsWith("in.csv:2: hash:"), list.errors().get(0));
        assertTrue(list.errors().get(1).startsWith("in.csv:3: quality:"), list.errors().get(1));
        assertTrue(list.errors().get(2).startsWith("in.csv:4: quality:"), list.errors().get(2));
        assertTrue(list.errors().get(3).startsWith("in.csv:5: quality: missing"), list.errors().get(3));
    }

    @Test
    void labelsWithLineBreaksAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HashListEntry(PdqHash.parse(A, 1), "two\nlines"));
    }
}
