package uk.carerules.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money.pounds writes exactly what the rules used to write with {@code "£" + String.format(Locale.UK, "%,.2f", x)}:
 * the reasons of a ruleset that calls it read word for word as before.
 */
class MoneyTest {

    private static String formatter(BigDecimal amount) {
        return "£" + String.format(Locale.UK, "%,.2f", amount);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        // Unscaled values from a few digits to far beyond any budget, at scales from -6 (1E+6) to 12 decimals.
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
            .between(new BigInteger("-1" + "0".repeat(24)), new BigInteger("1" + "0".repeat(24)))
            .edgeCases(c -> c.add(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate()));
        Arbitrary<BigInteger> small = Arbitraries.longs().between(-100_000_000L, 100_000_000L).map(BigInteger::valueOf);
        Arbitrary<Integer> scale = Arbitraries.integers().between(-6, 12);
        return Combinators.combine(Arbitraries.oneOf(unscaled, small), scale).as(BigDecimal::new);
    }

    @Property(tries = 20_000)
    void sameTextAsTheFormatter(@ForAll("amounts") BigDecimal amount) {
        assertThat(Money.pounds(amount)).as("%s", amount.toString()).isEqualTo(formatter(amount));
    }

    @Example
    void penniesAndHalfPenniesEverywhereAHalfUpRoundingCanGoWrong() {
        Random random = new Random(20070007);
        for (int i = 0; i < 200_000; i++) {
            // Half pennies (x.xx5), values that carry into a new group (999.995 -> 1,000.00), sums of money as the rules make them.
            long pence = random.nextInt(4) == 0 ? random.nextLong() / (1L << random.nextInt(63)) : random.nextInt(10_000_000) - 5_000_000;
            BigDecimal amount = BigDecimal.valueOf(pence * 10 + random.nextInt(10), 3);
            assertThat(Money.pounds(amount)).as("%s", amount.toString()).isEqualTo(formatter(amount));
            BigDecimal money = BigDecimal.valueOf(pence, 2);
            assertThat(Money.pounds(money)).as("%s", money.toString()).isEqualTo(formatter(money));
        }
        for (String text : new String[] {"0", "0.00", "-0.00", "-0.001", "-0.005", "0.005", "0.004999", "-0.004999", "999.995",
            "-999.995", "999999.994", "999999.995", "1E+3", "1E+10", "-1E+7", "123456789012345678901234567890.125", "4.20",
            "5.5", "0.5", "-0.5", "1000", "100000", "1000000", "12.345", "12.355", "9.999", "99.995", "0.0000001"}) {
            BigDecimal amount = new BigDecimal(text);
            assertThat(Money.pounds(amount)).as(text).isEqualTo(formatter(amount));
        }
    }

    @Example
    void whateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Money.pounds(new BigDecimal("1234567.891"))).isEqualTo("£1,234,567.89");
        } finally {
            Locale.setDefault(before);
        }
    }
}
