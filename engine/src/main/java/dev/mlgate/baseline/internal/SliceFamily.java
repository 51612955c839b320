package dev.mlgate.baseline.internal;

import dev.mlgate.baseline.Correction;
import dev.mlgate.stats.Holm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-slice comparisons of one suite, as one family for multiplicity correction: every per-slice
 * gate the suite declares (selected or not, so that the adjusted values do not depend on what an IDE
 * re-runs) on every slice large enough to compare. With {@link Correction#HOLM}, the defined slice
 * p-values of the whole family are adjusted together by Holm's step-down method; gates decide
 * significance on the adjusted value and report both. On each slice, every gate's paired bootstrap is
 * drawn in one shared pass ({@link Estimator#estimates}).
 */
final class SliceFamily {

    private final List<SliceComparisonGate> gates;
    private Map<SliceComparisonGate, List<Outcome>> outcomes;

    SliceFamily(List<SliceComparisonGate> gates) {
        this.gates = List.copyOf(gates);
    }

    /**
     * One gate on one slice.
     *
     * @param slice the slice
     * @param estimate the comparison, or null when the slice is too small
     * @param adjusted the adjusted p-value, NaN without correction or without a p-value
     * @param familySize the number of p-values adjusted together
     * @param failure what the gate method threw on this slice, or null
     */
    record Outcome(Slice slice, Estimate estimate, double adjusted, int familySize, Exception failure) {
    }

    synchronized Map<SliceComparisonGate, List<Outcome>> outcomes(BaselineState state) {
        if (outcomes == null) {
            outcomes = compute(state);
        }
        return outcomes;
    }

    private Map<SliceComparisonGate, List<Outcome>> compute(BaselineState state) {
        List<Slice> slices = state.joined().slices();
        Estimator.Attempt[][] attempts = new Estimator.Attempt[gates.size()][slices.size()];
        List<Estimator.Gate> all = gates.stream().map(gate -> new Estimator.Gate(gate.method(), gate.requirement()))
                .toList();
        for (int s = 0; s < slices.size(); s++) {
            Slice slice = slices.get(s);
            if (state.firstRun() || slice.rows().length < state.minSliceSize() || gates.isEmpty()) {
                continue;
            }
            // one subset and one bootstrap pass per slice, shared by every per-slice gate
            List<Estimator.Attempt> onSlice;
            try {
                onSlice = state.estimator().estimates(all, Views.subset(state.candidate(), slice.rows()),
                        Views.subset(state.baseline(), slice.rows()));
            } catch (Exception e) {
                onSlice = all.stream().map(gate -> new Estimator.Attempt(null, e)).toList();
            }
            for (int g = 0; g < gates.size(); g++) {
                attempts[g][s] = onSlice.get(g);
            }
        }
        Map<SliceComparisonGate, List<Outcome>> raw = new LinkedHashMap<>();
        List<Double> pValues = new ArrayList<>();
        for (int g = 0; g < gates.size(); g++) {
            List<Outcome> results = new ArrayList<>();
            for (int s = 0; s < slices.size(); s++) {
                Estimator.Attempt attempt = attempts[g][s];
                Estimate estimate = attempt == null ? null : attempt.estimate();
                Exception failure = attempt == null ? null : attempt.failure();
                if (estimate != null && estimate.isDefined() && !Double.isNaN(estimate.pValue())) {
                    pValues.add(estimate.pValue());
                }
                results.add(new Outcome(slices.get(s), estimate, Double.NaN, 0, failure));
            }
            raw.put(gates.get(g), results);
        }
        if (state.correction() != Correction.HOLM || pValues.isEmpty()) {
            return raw;
        }
        double[] adjusted = Holm.adjust(pValues.stream().mapToDouble(Double::doubleValue).toArray());
        int next = 0;
        Map<SliceComparisonGate, List<Outcome>> corrected = new LinkedHashMap<>();
        for (Map.Entry<SliceComparisonGate, List<Outcome>> entry : raw.entrySet()) {
            List<Outcome> results = new ArrayList<>();
            for (Outcome outcome : entry.getValue()) {
                Estimate estimate = outcome.estimate();
                boolean inFamily = estimate != null && estimate.isDefined() && !Double.isNaN(estimate.pValue());
                results.add(inFamily ? new Outcome(outcome.slice(), estimate, adjusted[next++], adjusted.length, null)
                        : outcome);
            }
            corrected.put(entry.getKey(), results);
        }
        return corrected;
    }
}
