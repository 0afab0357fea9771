package org.genreworkbench.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.genreworkbench.model.AudioFeature;
import org.junit.jupiter.api.Test;

/** One way to write each number, wherever it is shown. */
class FeatureTextTest {

    @Test
    void aFeatureKeepsItsDecimalsWhateverTheSizeOfTheValue() {
        assertThat(FeatureText.value("duration_ms", 226_576.4)).isEqualTo("226,576");
        assertThat(FeatureText.value("duration_ms", 4_000)).isEqualTo("4,000");
        assertThat(FeatureText.value("danceability", 0.65341)).isEqualTo("0.653");
        assertThat(FeatureText.value("danceability", 0)).isEqualTo("0.000");
        assertThat(FeatureText.value("loudness", -46.448)).isEqualTo("-46.45");
        assertThat(FeatureText.value("tempo", 120.9562)).isEqualTo("121.0");
        assertThat(FeatureText.value("artist_followers", 41_534_298)).isEqualTo("41,534,298");
    }

    @Test
    void yearsHaveNoThousandsSeparator() {
        assertThat(FeatureText.value("year", 2019)).isEqualTo("2019");
    }

    @Test
    void timePlayedReadsInSecondsMinutesOrHours() {
        assertThat(FeatureText.timePlayed(0)).isEqualTo("0 s");
        assertThat(FeatureText.timePlayed(45_999)).isEqualTo("45 s");
        assertThat(FeatureText.timePlayed(120_000)).isEqualTo("2 min");
        assertThat(FeatureText.timePlayed(205_000)).isEqualTo("3 min 25 s");
        assertThat(FeatureText.timePlayed(3_600_000)).isEqualTo("1 h");
        assertThat(FeatureText.timePlayed(43_530_000)).isEqualTo("12 h 5 min");
        assertThat(FeatureText.timePlayed(4_500_000_000L)).isEqualTo("1,250 h");
    }

    @Test
    void aDurationReadsAsPlayersShowIt() {
        assertThat(FeatureText.duration(0)).isEqualTo("0:00");
        assertThat(FeatureText.duration(9_400)).isEqualTo("0:09");
        assertThat(FeatureText.duration(205_000)).isEqualTo("3:25");
        assertThat(FeatureText.duration(239_999)).isEqualTo("4:00");
        assertThat(FeatureText.duration(3_725_000)).isEqualTo("1:02:05");
    }

    @Test
    void countsAndUndefinedStatistics() {
        assertThat(FeatureText.count(28_356)).isEqualTo("28,356");
        assertThat(FeatureText.value("tempo", Double.NaN)).isEqualTo("undefined");
    }

    @Test
    void theDataTableAndTheSummaryNameCodesAlike() {
        assertThat(FeatureText.formatter(AudioFeature.KEY).apply(1)).isEqualTo("C♯/D♭")
                .isEqualTo(FeatureText.category("key", 1));
        assertThat(FeatureText.formatter(AudioFeature.MODE).apply(0)).isEqualTo("minor");
        assertThat(FeatureText.category("time_signature", 4)).isEqualTo("4/4");
        assertThat(FeatureText.category("explicit", 1)).isEqualTo("yes");
        assertThat(FeatureText.formatter(AudioFeature.TEMPO).apply(120.96)).isEqualTo("121.0");
    }
}
