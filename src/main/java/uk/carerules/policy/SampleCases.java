package uk.carerules.policy;

import uk.carerules.allocation.Questionnaire;
import uk.carerules.eligibility.ClientGroup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic cases for calibration: random answers to the questionnaire, and a current weekly cost of
 * points x a known price x (1 + noise), noise drawn from a normal distribution. Same seed, same cases.
 */
public final class SampleCases {

    private SampleCases() {
    }

    public static List<String> generate(Questionnaire questionnaire, long seed, int count, BigDecimal price, double noise) {
        Random random = new Random(seed);
        ClientGroup[] groups = {ClientGroup.OLDER_PEOPLE, ClientGroup.LEARNING_DISABILITY, ClientGroup.PHYSICAL_AND_SENSORY_DISABILITY,
            ClientGroup.MENTAL_HEALTH};
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("caseRef,clientGroup,weeklyCost");
        questionnaire.domains().forEach(d -> header.append(',').append(d.code()));
        lines.add(header.toString());
        for (int i = 1; i <= count; i++) {
            int points = 0;
            StringBuilder answers = new StringBuilder();
            for (Questionnaire.DomainView d : questionnaire.domains()) {
                // Skewed towards the lower answers, as real caseloads are; informal support answered like any domain.
                int pick = Math.min(d.answers().size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * d.answers().size() / 2.0));
                Questionnaire.AnswerView a = d.answers().get(pick);
                points += a.points();
                answers.append(',').append(a.code());
            }
            double factor = Math.max(0.5, 1 + random.nextGaussian() * noise);
            BigDecimal cost = price.multiply(BigDecimal.valueOf(Math.max(points, 1))).multiply(BigDecimal.valueOf(factor))
                .setScale(2, RoundingMode.HALF_UP);
            lines.add(String.format("S-%03d,%s,%s%s", i, groups[random.nextInt(groups.length)], cost.toPlainString(), answers));
        }
        return lines;
    }
}
