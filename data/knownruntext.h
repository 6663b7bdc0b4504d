#pragma once
// Published runs (model/runs/knownruns.h) in words, for the readouts, the charts' tooltips and the
// command line: "Your plan uses 1/40 of GPT-3 175B's compute and 1/60 of its CO2", and a run's
// figures with their sources. Fractions are for people: "1/40" below one half, "80 %" up to one,
// "3.2×" from one on; two significant digits, since the runs' own figures are rarely better.

#include "model/runs/knownruns.h"

#include <QString>

namespace frontier::data {

// A ratio of the plan to a run as people say it: "1/40", "1/1,200", "80 %", "3.2×".
QString ratioWords(double ratio);
// The comparison sentence; the CO2 part only when the comparison has one (the run published its CO2
// and the plan has a grid intensity).
QString comparisonSentence(const KnownRun &run, const RunComparison &comparison);
// Why a comparison says nothing about CO2 (empty when it does): the run published none, or the plan
// has no grid intensity.
QString comparisonCo2Gap(const KnownRun &run, const RunComparison &comparison);
// A run's figures, one per line, each with its source, for a tooltip or the command line.
QString runDetails(const KnownRun &run);

} // namespace frontier::data
