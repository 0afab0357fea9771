package org.genreworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTextTest {
    @Test
    void everyLineOfTheMessageHasItsRowsAndLongLinesTheirWrappedOnes() {
        String failure = "The run failed: no label scheme is active; make one in the Labels tab\n\n"
                + "The details, with the stack trace, are in /home/someone/.config/genre-workbench/errors.log.";
        // two wrapped lines of about 70 and 90 characters, a blank line between, one to spare
        assertThat(ErrorText.rows(failure, 60)).isEqualTo(6);
        assertThat(ErrorText.rows("short", 60)).isEqualTo(3);
        assertThat(ErrorText.rows("line\n".repeat(40), 60)).isEqualTo(14);
    }
}
