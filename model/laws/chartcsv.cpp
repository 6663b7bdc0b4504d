#include "model/laws/chartcsv.h"

#include "model/core/csv.h"
#include "model/core/numbers.h"
#include <stdexcept>

namespace frontier {

std::string lossChartCsv(const LossChartData &data, const LawInfo &law)
{
    std::string out = csvRecord({"series", "curve", "params", "flops", "loss_nats_per_token", "source"});
    for (const LearningCurve &curve : data.curves)
        for (const CurvePoint &p : curve.points)
            out += csvRecord({curve.measured ? "measured_run" : "learning_curve", curve.label,
                              formatExact(curve.params), formatExact(p.flops), formatExact(p.loss),
                              law.citation});
    for (const auto &[series, points] :
         {std::pair{"frontier", &data.frontier}, std::pair{"envelope", &data.envelope}})
        for (const CurvePoint &p : *points)
            out += csvRecord({series, "", "", formatExact(p.flops), formatExact(p.loss), law.citation});
    return out;
}

std::size_t lossChartCsvRows(const LossChartData &data)
{
    std::size_t rows = data.frontier.size() + data.envelope.size();
    for (const LearningCurve &curve : data.curves)
        rows += curve.points.size();
    return rows;
}

std::string allocationChartCsv(const AllocationChartData &data, const LawInfo &law)
{
    // allocationChartData computes both lines on one FLOP grid; anything else is a caller's bug.
    if (data.params.size() != data.tokens.size())
        throw std::logic_error("allocationChartCsv: N_opt and D_opt have different FLOP grids");
    std::string out = csvRecord({"flops", "n_opt_params", "d_opt_tokens", "source"});
    for (std::size_t i = 0; i < data.params.size(); ++i)
        out += csvRecord({formatExact(data.params[i].flops), formatExact(data.params[i].value),
                          formatExact(data.tokens[i].value), law.citation});
    return out;
}

} // namespace frontier
