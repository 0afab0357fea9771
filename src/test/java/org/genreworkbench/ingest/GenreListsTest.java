package org.genreworkbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenreListsTest {

    @Test
    void readsAPythonListLiteral() {
        assertThat(GenreLists.parse("['dance pop', 'pop']")).containsExactly("dance pop", "pop");
    }

    @Test
    void readsAJsonList() {
        assertThat(GenreLists.parse("[\"dance pop\",\"pop\"]")).containsExactly("dance pop", "pop");
    }

    @Test
    void readsACommaSeparatedString() {
        assertThat(GenreLists.parse(" dance pop, pop ,show tunes")).containsExactly("dance pop", "pop", "show tunes");
    }

    @Test
    void readsPythonsDoubleQuotesAroundAnApostrophe() {
        assertThat(GenreLists.parse("['rock-and-roll', \"children's music\"]"))
                .containsExactly("rock-and-roll", "children's music");
    }

    @Test
    void emptyShapesAreNoTags() {
        assertThat(GenreLists.parse("[]")).isEmpty();
        assertThat(GenreLists.parse("")).isEmpty();
        assertThat(GenreLists.parse(null)).isEmpty();
    }

    @Test
    void repeatsAreDropped() {
        assertThat(GenreLists.parse("pop, pop, rock")).containsExactly("pop", "rock");
    }

    @Test
    void doubleQuotesAroundATagInAPlainListAreNotPartOfIt() {
        assertThat(GenreLists.parse("\"childrens folk\", \"childrens music\", kids dance party"))
                .containsExactly("childrens folk", "childrens music", "kids dance party");
        assertThat(GenreLists.parse("calming instrumental, \"childrens music\", movie tunes"))
                .containsExactly("calming instrumental", "childrens music", "movie tunes");
    }

    @Test
    void aQuotedTagMayHoldACommaAndAnEscapedQuote() {
        assertThat(GenreLists.parse("['rock, roll', 'it\\'s pop']")).containsExactly("rock, roll", "it's pop");
    }

    @Test
    void anApostropheThatOpensNoQuotedItemIsALetter() {
        assertThat(GenreLists.parse("'80s pop, 'til dawn")).containsExactly("'80s pop", "'til dawn");
        assertThat(GenreLists.parse("children's music, pop")).containsExactly("children's music", "pop");
    }
}
