package org.appeal.store.resolutions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolutionSymbolsTest {
    @ParameterizedTest
    @CsvSource({
            "A/RES/79/181,    A/RES/79/181,     a-res-79-181",
            "79/181,          A/RES/79/181,     a-res-79-181",
            "a/res/79/181,    A/RES/79/181,     a-res-79-181",
            "'A/RES/ 79/181', A/RES/79/181,     a-res-79-181",
            "ES-10/21,        A/RES/ES-10/21,   a-res-es-10-21",
            "A/RES/S-27/2,    A/RES/S-27/2,     a-res-s-27-2",
            "'181 (II)',      A/RES/181(II),    a-res-181-ii",
            "A/RES/181(II)[A], A/RES/181(II)[A], a-res-181-ii-a"})
    void normalisesGeneralAssemblySymbols(String written, String stored, String id) {
        assertThat(ResolutionSymbols.normalise(written)).contains(stored);
        assertThat(ResolutionSymbols.id(stored)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "S/RES/2334", "A/79/L.1", "HRC/RES/55/1", "A/RES/", "resolution 79/181", "79"})
    void refusesWhatIsNotAGeneralAssemblyResolution(String written) {
        assertThat(ResolutionSymbols.normalise(written)).isEmpty();
    }
}
