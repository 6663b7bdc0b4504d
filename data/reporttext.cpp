#include "data/reporttext.h"

#include <QCoreApplication>

#include <map>

namespace frontier::data {

namespace {

// Translation context "Report": the sentences of model/plan/report.cpp, same code, same English,
// same {placeholders} (tests/tst_export_report.cpp holds the two together).
const std::map<std::string, const char *> &patterns()
{
    static const std::map<std::string, const char *> table{
        {"report.budget",
         QT_TRANSLATE_NOOP(
             "Report",
             "For a budget of {budget}, the compute-optimal allocation of {law} is a model of {params} "
             "parameters trained on {tokens} tokens ({ratio} tokens per parameter, {flops} FLOPs).")},
        {"report.job",
         QT_TRANSLATE_NOOP("Report", "We train a model of {params} parameters on {tokens} tokens ({ratio} "
                                     "tokens per parameter, {flops} FLOPs), planned with {law}.")},
        {"report.target_loss",
         QT_TRANSLATE_NOOP("Report", "To reach a loss of {target} nats per token, the cheapest compute-optimal run of "
                                     "{law} is a model of {params} parameters trained on {tokens} tokens ({ratio} "
                                     "tokens per parameter, {flops} FLOPs).")},
        {"report.loss", QT_TRANSLATE_NOOP("Report", "The law predicts a loss of {loss} nats per token.")},
        {"report.shape_calculator",
         QT_TRANSLATE_NOOP("Report", "As the 2020 calculator shapes it, that is a Transformer-XL of {layers} layers of "
                                     "{width} dimensions, or of {alt_layers} layers of {alt_width}.")},
        {"report.shape",
         QT_TRANSLATE_NOOP("Report", "A Llama-style decoder of that size has {layers} layers of width {width} with "
                                     "{heads} heads ({kv_heads} for keys and values) and {params} parameters in all.")},
        {"report.hardware_peak",
         QT_TRANSLATE_NOOP("Report",
                           "Training on {gpus} x {gpu} at {mfu} % model FLOPs utilisation of a {peak} FLOP/s "
                           "peak per GPU takes {gpu_hours} GPU-hours, {days} days of wall-clock time.")},
        {"report.hardware_hf2020",
         QT_TRANSLATE_NOOP("Report",
                           "Training on {gpus} x {gpu}, timed by the Hugging Face 2020 speed model ({amp}), "
                           "takes {gpu_hours} GPU-hours, {days} days of wall-clock time.")},
        {"report.cost_offer",
         QT_TRANSLATE_NOOP("Report", "At {price} per GPU-hour ({offer}, listed {date}) it costs {cost}.")},
        {"report.cost_price", QT_TRANSLATE_NOOP("Report", "At {price} per GPU-hour it costs {cost}.")},
        {"report.energy_co2",
         QT_TRANSLATE_NOOP("Report", "It uses {energy} kWh of electricity (PUE {pue}) and emits {co2} kg "
                                     "CO2eq at a grid intensity of {grid} g CO2eq/kWh ({region}).")},
        {"report.energy", QT_TRANSLATE_NOOP("Report", "It uses {energy} kWh of electricity (PUE {pue}).")},
        {"report.known_run",
         QT_TRANSLATE_NOOP("Report", "That is {compute} % of the training compute of {run} ({run_flops} FLOPs).")},
        {"report.known_run_co2",
         QT_TRANSLATE_NOOP("Report", "That is {compute} % of the training compute of {run} ({run_flops} FLOPs) and {co2} % "
                                     "of its CO2 ({run_co2} t CO2eq as published).")},
        {"report.batch",
         QT_TRANSLATE_NOOP("Report", "At a batch of {batch} tokens it takes {steps} optimizer steps; the critical batch of Kaplan et al. (2020) at a loss of {loss} nats is {b_crit} tokens, so the run needs {steps_factor} x the least steps and {tokens_factor} x the least data for that loss.")},
        {"report.sparse",
         QT_TRANSLATE_NOOP("Report", "It is a mixture of experts: a Llama-style decoder of {layers} layers of width {width} "
                                     "with {experts} experts in each layer, {top_k} of them used for each token, so it has "
                                     "{total} parameters in all and uses {active} for each token. No scaling law Frontier "
                                     "ships predicts the loss of such a model, so no loss is given for it.")},
        {"report.repetition",
         QT_TRANSLATE_NOOP("Report", "With only {unique} unique tokens, the run repeats them for {epochs} epochs; they are "
                                     "worth {effective} tokens of new data, and the loss is {loss_lost} nats per token "
                                     "above what as much new data would give ({unlimited}).")},
        {"report.serving",
         QT_TRANSLATE_NOOP("Report", "Served with {bits}-bit weights at a context of {context} tokens and a batch of "
                                     "{batch}, on {gpus} x {gpu} ({offer}), it decodes {speed} tokens per second and "
                                     "costs {usd} per million tokens ({kwh} kWh per million tokens).")},
        {"report.above_law_data",
         QT_TRANSLATE_NOOP("Report", "Its {what} of {value} is {factor} times the largest in the runs the law was "
                                     "fitted on ({range}), so the law is extrapolated here.")},
        {"report.below_law_data",
         QT_TRANSLATE_NOOP("Report", "Its {what} of {value} is {factor} times below the smallest in the runs the "
                                     "law was fitted on ({range}), so the law is extrapolated here.")},
    };
    return table;
}

} // namespace

std::string reportPattern(const std::string &code)
{
    const auto found = patterns().find(code);
    return found == patterns().end() ? std::string() : std::string(found->second);
}

QString reportSentenceText(const Message &sentence)
{
    const auto found = patterns().find(sentence.code);
    if (found == patterns().end())
        return QString::fromStdString(sentence.text());
    const QString pattern = QCoreApplication::translate("Report", found->second);
    // A word a person reads ("training compute") is said in their language, as in data/messagetext.
    std::vector<MessageArg> args = sentence.args;
    for (MessageArg &arg : args)
        if (arg.kind == MessageArg::Kind::Quantity)
            arg.value = QCoreApplication::translate("Quantity", arg.value.c_str()).toStdString();
    return QString::fromStdString(fillPlaceholders(pattern.toStdString(), args));
}

QString reportSourcesHeading()
{
    return QCoreApplication::translate("Report", "Sources");
}

QString reportText(const Report &report, ReportFormat format)
{
    return QString::fromStdString(renderReport(
        report, format, [](const Message &m) { return reportSentenceText(m).toStdString(); },
        reportSourcesHeading().toStdString()));
}

} // namespace frontier::data
