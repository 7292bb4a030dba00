package dev.genuine.evidence.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestHighlighter {
    @Test
    void marksAtTheGivenOffsetAndEscapesTheRest() {
        assertEquals("a&lt;b <mark class=\"mark\">Zephyra</mark> &amp; Zephyra",
                new Highlighter("a<b Zephyra & Zephyra").at(4, "Zephyra", "mark").html());
    }

    @Test
    void aStaleOffsetFallsBackToSearching() {
        assertEquals("<mark class=\"mark\">Z3phyra</mark> x <mark class=\"mark\">z3phyra</mark>",
                new Highlighter("Z3phyra x z3phyra").at(5, "Z3phyra", "mark").html());
    }

    @Test
    void overlappingSpansKeepTheEarlierOne() {
        assertEquals("<mark class=\"cue\">kw super</mark> ori",
                new Highlighter("kw super ori").every("kw super", "cue").every("super ori", "cue").html());
    }

    @Test
    void hostileMarkTextIsEscapedInsideTheMark() {
        assertEquals("x <mark class=\"mark\">&lt;img src=x&gt;</mark>",
                new Highlighter("x <img src=x>").every("<img src=x>", "mark").html());
    }
}
