package org.genreworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            '12',      12
            ' -0.5 ',  -0.5
            '1e3',     1000
            """)
    void aNumberIsReadWithTheSpaceAroundIt(String text, double value) {
        assertThat(CellText.finiteNumber(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'abc',       'abc' is not a number
            '',          '' is not a number
            'NaN',       'NaN' is not a finite number
            '-Infinity', '-Infinity' is not a finite number
            """)
    void whatIsNoFiniteNumberIsRefusedSayingWhy(String text, String message) {
        assertThatThrownBy(() -> CellText.finiteNumber(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'true',  true
            'false', false
            ' true', true
            """)
    void theWorkspaceSpellingsAreReadStrictlyAndLeniently(String text, boolean value) {
        assertThat(CellText.truth(text, true)).isEqualTo(value);
        assertThat(CellText.truth(text, false)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'TRUE', true
            'yes',  true
            'Y',    true
            '1',    true
            '1.0',  true
            'F',    false
            'no',   false
            '0',    false
            '0.0',  false
            """)
    void otherToolsSpellingsAreTakenOnlyWhenLenient(String text, boolean value) {
        assertThat(CellText.truth(text, false)).isEqualTo(value);
        assertThatThrownBy(() -> CellText.truth(text, true)).hasMessage("'" + text + "' is not true or false");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'maybe'
            '2'
            ''
            """)
    void neitherReadsWhatIsNoTruthValue(String text) {
        assertThatThrownBy(() -> CellText.truth(text, false)).hasMessage("'" + text + "' is not true or false");
        assertThatThrownBy(() -> CellText.truth(text, true)).hasMessage("'" + text + "' is not true or false");
    }
}
