package uk.carerules.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in words the UK way for the reasons rules give: {@code pounds(new BigDecimal("1234.5"))} is
 * {@code "£1,234.50"}. The text is exactly that of {@code "£" + String.format(Locale.UK, "%,.2f", amount)}
 * (rounded half-up to the penny, grouped in thousands with commas, a minus sign after the pound sign, and
 * "-0.00" for a negative amount that rounds to nothing, as Formatter writes it), whatever the server's locale,
 * so that reasons read the same and replay word for word; it only avoids building a Formatter and looking up the
 * locale's symbols on every call. MoneyTest checks the two agree over many values. Stateless, so thread-safe.
 */
public final class Money {

    private Money() {
    }

    public static String pounds(BigDecimal amount) {
        // Formatter takes the sign before rounding, then rounds the magnitude half-up to two places.
        boolean negative = amount.signum() < 0;
        String digits = amount.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
        int point = digits.length() - 3; // toPlainString of a scale-2 value always ends in ".dd"
        StringBuilder text = new StringBuilder(digits.length() + point / 3 + 2);
        text.append('£');
        if (negative) {
            text.append('-');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append(digits, point, digits.length()).toString();
    }
}
