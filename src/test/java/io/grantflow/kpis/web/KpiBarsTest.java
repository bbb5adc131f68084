package io.grantflow.kpis.web;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KpiBarsTest {

    private static Map<String, BigInteger> counts(Object... codeAndCount) {
        Map<String, BigInteger> m = new LinkedHashMap<>();
        for (int i = 0; i < codeAndCount.length; i += 2) {
            m.put((String) codeAndCount[i], new BigInteger(codeAndCount[i + 1].toString()));
        }
        return m;
    }

    @Test
    void theLargestCountIsTheWholeWidthAndTheOthersTheirShareOfIt() {
        List<KpiBars.Bar> bars = KpiBars.of(counts("A", 3, "B", 1, "C", 2));
        assertThat(bars).extracting(KpiBars.Bar::code).containsExactly("A", "B", "C");
        assertThat(bars).extracting(b -> b.bar().segments().get(0).width()).containsExactly("100.00", "33.33", "66.67");
        assertThat(bars).allSatisfy(b -> assertThat(b.bar().segments().get(0).x()).isEqualTo("0"));
    }

    @Test
    void zeroDrawsNothingAndAllZeroDrawsNoBar() {
        assertThat(KpiBars.of(counts("A", 0, "B", 4)).get(0).bar().segments()).isEmpty();
        assertThat(KpiBars.of(counts("A", 0, "B", 0))).allSatisfy(b -> assertThat(b.bar().segments()).isEmpty());
        assertThat(KpiBars.of(Map.of())).isEmpty();
    }

    @Test
    void countsBeyondALongAreExact() {
        BigInteger huge = BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TEN);
        List<KpiBars.Bar> bars = KpiBars.of(Map.of("A", huge));
        assertThat(bars.get(0).value()).isEqualTo(huge);
        assertThat(bars.get(0).bar().segments().get(0).width()).isEqualTo("100.00");
        assertThat(KpiBars.bar(BigInteger.ONE, huge).segments().get(0).width()).isEqualTo("0.00");
    }
}
