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
}
