package dev.neurona.runtime.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.train.EpochMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each verdict on a crafted history, and the edges of the thresholds that separate them. */
class TrainingVerdictsTest {

    private static final double TEN_CLASSES = 0.1;
    private static final double NAN = Double.NaN;

    @Test
    void noEpochIsNotTrained() {
        assertInstanceOf(Verdict.NotTrained.class, judge(List.of()));
    }

    @Test
    void aFallingLossWithGoodAccuracyIsLearningWell() {
        List<EpochMetrics> run = run(
                new double[] {1.0, 0.5, 0.3, 0.25, 0.24},
                new double[] {0.7, 0.85, 0.9, 0.92, 0.93},
                new double[] {1.0, 0.55, 0.35, 0.3, 0.29},
                5);
        Verdict.LearningWell well = assertInstanceOf(Verdict.LearningWell.class, judge(run));
        assertEquals(1.0, well.firstLoss());
        assertEquals(0.24, well.lastLoss());
        assertEquals(0.93, well.accuracy());
        assertEquals(0.29, well.valLoss());
        assertTrue(well.stillFalling(), "0.25 to 0.24 is 4%: still falling");
    }

    @Test
    void aLastEpochThatCutTheLossByMoreThanTwoPercentIsStillFalling() {
        List<EpochMetrics> run = run(new double[] {1.0, 0.5, 0.3}, new double[] {0.7, 0.85, 0.9}, null, 3);
        assertTrue(assertInstanceOf(Verdict.LearningWell.class, judge(run)).stillFalling());
        List<EpochMetrics> resting = run(new double[] {1.0, 0.5, 0.495}, new double[] {0.7, 0.85, 0.9}, null, 3);
        assertTrue(!assertInstanceOf(Verdict.LearningWell.class, judge(resting)).stillFalling());
    }

    @Test
    void validationLossRisingFiveEpochsWhileTrainingLossFallsIsOverfittingSinceTheBestEpoch() {
        double[] loss = {1.0, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03};
        double[] val = {1.0, 0.7, 0.5, 0.45, 0.47, 0.50, 0.55, 0.60, 0.66, 0.70};
        Verdict.Overfitting o =
                assertInstanceOf(Verdict.Overfitting.class, judge(run(loss, accuracies(10, 0.9), val, 10)));
        assertEquals(4, o.bestEpoch());
        assertEquals(0.45, o.bestValLoss());
        assertEquals(10, o.lastEpoch());
        assertEquals(0.70, o.valLoss());
        assertEquals(0.3, o.lossAtBest());
        assertEquals(0.03, o.loss());
    }

    @Test
    void fourEpochsPastTheBestOrAValidationLossWithinFivePercentIsNotYetOverfitting() {
        double[] loss = {1.0, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07};
        double[] val = {1.0, 0.7, 0.5, 0.45, 0.47, 0.50, 0.55, 0.60};
        assertInstanceOf(
                Verdict.LearningWell.class, judge(run(loss, accuracies(8, 0.9), val, 8)), "4 epochs since the best");
        double[] wandering = {1.0, 0.7, 0.5, 0.45, 0.46, 0.47, 0.46, 0.47, 0.47, 0.47};
        double[] loss10 = {1.0, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03};
        assertInstanceOf(
                Verdict.LearningWell.class, judge(run(loss10, accuracies(10, 0.9), wandering, 10)), "within 5%");
    }

    @Test
    void accuracyNearChanceIsUnderfitting() {
        double[] loss = {2.30, 2.20, 2.15, 2.12, 2.10};
        Verdict.Underfitting u = assertInstanceOf(
                Verdict.Underfitting.class, judge(run(loss, new double[] {0.11, 0.14, 0.15, 0.16, 0.17}, null, 5)));
        assertEquals(0.17, u.accuracy());
        assertEquals(TEN_CLASSES, u.chance());
        assertTrue(TrainingVerdicts.nearChance(
                run(loss, new double[] {0.11, 0.14, 0.15, 0.16, 0.17}, null, 5), TEN_CLASSES));
    }

    @Test
    void lessThanHalfTheWayFromChanceToPerfectIsUnderfittingAndHalfIsNot() {
        double[] loss = {2.0, 1.6, 1.4, 1.3, 1.25};
        // Chance 0.1: half the way is 0.55.
        assertInstanceOf(
                Verdict.Underfitting.class, judge(run(loss, new double[] {0.3, 0.4, 0.45, 0.5, 0.54}, null, 5)));
        assertInstanceOf(
                Verdict.LearningWell.class, judge(run(loss, new double[] {0.3, 0.4, 0.45, 0.5, 0.56}, null, 5)));
    }

    @Test
    void regressionIsNeverJudgedByAccuracy() {
        List<EpochMetrics> run = run(new double[] {5.0, 2.0, 1.0}, accuracies(3, NAN), null, 3);
        assertInstanceOf(Verdict.LearningWell.class, TrainingVerdicts.judge(run, NAN, Optional.empty()));
    }

    @Test
    void aLossThatEndsAboveItsStartIsARateTooHigh() {
        Verdict.RateTooHigh h = assertInstanceOf(
                Verdict.RateTooHigh.class, judge(run(new double[] {2.3, 2.1, 2.6, 3.1}, accuracies(4, 0.1), null, 4)));
        assertEquals(2.3, h.firstLoss());
        assertEquals(3.1, h.lastLoss());
        assertEquals(3.1, h.highestLoss());
        assertEquals(2, h.rises());
        assertEquals(3, h.steps());
        assertEquals(0, h.divergedInEpoch());
    }

    @Test
    void aLossThatSwingsIsARateTooHighEvenWhenItEndsLower() {
        // Falls 1.0 + 1.0 + 1.2 = 3.2; rises 0.8 + 1.0 = 1.8, more than half of the falls.
        double[] swinging = {4.0, 3.0, 3.8, 2.8, 3.8, 2.6};
        assertInstanceOf(Verdict.RateTooHigh.class, judge(run(swinging, accuracies(6, 0.3), null, 6)));
        // Rises adding up to more than half the falls, but the loss fell to a quarter: it got somewhere.
        double[] noisyButLearning = {1.0, 0.6, 0.7, 0.5, 0.6, 0.4, 0.5, 0.3, 0.4, 0.25};
        assertInstanceOf(Verdict.LearningWell.class, judge(run(noisyButLearning, accuracies(10, 0.9), null, 10)));
        // Rises of 0.05 against falls of 1.45: the wiggle of a healthy run.
        double[] wiggling = {2.0, 1.0, 0.7, 0.75, 0.6, 0.55};
        assertInstanceOf(Verdict.LearningWell.class, judge(run(wiggling, accuracies(6, 0.9), null, 6)));
    }

    @Test
    void aDivergedRunIsARateTooHighNamingItsEpochAndRate() {
        Verdict.RateTooHigh h = assertInstanceOf(
                Verdict.RateTooHigh.class,
                TrainingVerdicts.judge(List.of(), TEN_CLASSES, Optional.of(new TrainingVerdicts.Divergence(1, 5.0))));
        assertEquals(1, h.divergedInEpoch());
        assertEquals(5.0, h.learningRate());
    }

    @Test
    void aLossMovingLessThanOnePercentIsARateTooLowUnlessTheModelHasLearned() {
        double[] crawling = {2.3026, 2.3025, 2.3024, 2.3023};
        Verdict.RateTooLow l =
                assertInstanceOf(Verdict.RateTooLow.class, judge(run(crawling, accuracies(4, 0.1), null, 4)));
        assertEquals(4, l.epochs());
        assertTrue(
                l.relativeChange() > 0 && l.relativeChange() < TrainingVerdicts.CRAWL, "change " + l.relativeChange());
        assertEquals(1e-7, l.learningRate());
        // 90% of the way from chance to perfect: 0.91 has learned and may rest.
        double[] resting = {0.050, 0.0499, 0.0498};
        assertInstanceOf(Verdict.LearningWell.class, judge(run(resting, accuracies(3, 0.99), null, 3)));
        double[] moving = {2.30, 2.27, 2.25};
        assertInstanceOf(Verdict.Underfitting.class, judge(run(moving, accuracies(3, 0.1), null, 3)), "1% moved");
    }

    @Test
    void aRunEndedBeforeItsPlanIsStoppedEarlyAtItsLastEpoch() {
        double[] loss = {1.0, 0.6, 0.4, 0.3, 0.2, 0.15};
        double[] val = {1.0, 0.7, 0.5, 0.55, 0.6, 0.62};
        Verdict.StoppedEarly s =
                assertInstanceOf(Verdict.StoppedEarly.class, judge(run(loss, accuracies(6, 0.9), val, 40)));
        assertEquals(6, s.epoch());
        assertEquals(40, s.planned());
        assertEquals(3, s.bestEpoch());
        assertEquals(0.5, s.monitored());
        assertTrue(s.validated());
    }

    @Test
    void onlyTheLastRunCounts() {
        List<EpochMetrics> history = new ArrayList<>(run(new double[] {2.3, 2.4, 2.9}, accuracies(3, 0.1), null, 3));
        history.addAll(run(new double[] {1.0, 0.5, 0.3}, accuracies(3, 0.9), null, 3));
        assertInstanceOf(Verdict.LearningWell.class, judge(history));
    }

    private static Verdict judge(List<EpochMetrics> history) {
        return TrainingVerdicts.judge(history, TEN_CLASSES, Optional.empty());
    }

    private static double[] accuracies(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    /** One run of {@code loss.length} epochs out of {@code planned}, at learning rate 1e-7; {@code val} may be null. */
    private static List<EpochMetrics> run(double[] loss, double[] accuracy, double[] val, int planned) {
        List<EpochMetrics> run = new ArrayList<>();
        for (int i = 0; i < loss.length; i++) {
            run.add(new EpochMetrics(
                    i + 1,
                    planned,
                    loss[i],
                    accuracy[i],
                    val == null ? NAN : val[i],
                    val == null || Double.isNaN(accuracy[i]) ? NAN : accuracy[i] - 0.02,
                    1e-7,
                    0.1));
        }
        return run;
    }
}
