package org.motcua.demoidp;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountTests {

    @Test
    void personalIdsEndingInZeroToTwoAreLevelOneTheOthersLevelTwo() {
        assertThat(IntStream.rangeClosed(0, 9).map(d -> DemoAccount.levelOf("07919000001" + d)).toArray())
                .containsExactly(1, 1, 1, 2, 2, 2, 2, 2, 2, 2);
    }
}
