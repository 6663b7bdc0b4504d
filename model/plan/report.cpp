#include "model/plan/report.h"

#include "model/runs/knownruns.h"

#include "model/core/numbers.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace frontier {

namespace {

// Strings are appended here, not made with "$" + string: GCC 12 at -O2 warns (-Wrestrict, a known
// false positive) on a C string before a temporary string.
std::string dollars(double usd)
{
    std::string text = "$";
    text += reportNumber(usd);
    return text;
}

// A unit price to the cent, as price lists write it.
std::string cents(double usd)
{
    std::array<char, 64> buffer{};
    const auto end =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), usd, std::chars_format::fixed, 2).ptr;
    std::string text = "$";
    text.append(buffer.data(), end);
    return text;
}

std::string budgetText(double amount, BudgetUnit unit)
{
    switch (unit) {
    case BudgetUnit::Usd:
        return dollars(amount);
    case BudgetUnit::GpuHours:
        return reportNumber(amount) + " GPU-hours";
    case BudgetUnit::Hours:
        return reportNumber(amount) + " hours";
    case BudgetUnit::Days:
        return reportNumber(amount) + " days";
    case BudgetUnit::Flops:
        return reportScientific(amount) + " FLOPs";
    case BudgetUnit::PfDays:
        return reportNumber(amount) + " PF-days";
    case BudgetUnit::Kwh:
        return reportNumber(amount) + " kWh";
    case BudgetUnit::KgCo2:
        return reportNumber(amount) + " kg CO2eq";
    }
    return reportNumber(amount);
}

// The setup's sources in the order the paragraph uses them; what the user typed has no source.
std::vector<std::string> setupSources(const ResolvedSetup &setup)
{
    static const std::array<const char *, 9> order{"throughput", "peak_flops", "mfu",
                                                   "price",      "gpu_watts",  "power_fraction",
                                                   "pue",        "grid",       "electricity_price"};
    std::vector<std::string> keys(order.begin(), order.end());
    for (const auto &[key, source] : setup.sources)
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(key);
    std::vector<std::string> out;
    for (const std::string &key : keys) {
        const auto found = setup.sources.find(key);
        if (found != setup.sources.end() && found->second != "typed" && !found->second.empty())
            out.push_back(found->second);
    }
    return out;
}

// The report's prose is not a diagnostic: its sentences have their own table (context "Report",
// data/reporttext.cpp), not the message table of errors and warnings.
Message sentence(std::string code, std::string english, std::vector<MessageArg> args = {})
{
    return Message{std::move(code), std::move(english), std::move(args)};
}

std::string escaped(std::string_view text, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Latex:
        return latexEscape(text);
    case ReportFormat::Markdown:
        return markdownEscape(text);
    case ReportFormat::PlainText:
        break;
    }
    return std::string(text);
}

} // namespace

std::string reportCount(double value)
{
    static const std::array<std::pair<double, const char *>, 4> scales{
        {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}}};
    if (std::abs(value) >= 1e15)
        return reportScientific(value);
    for (const auto &[scale, suffix] : scales)
        if (std::abs(value) >= scale)
            return formatNumber(value / scale, 3) + suffix;
    return formatNumber(value, 3);
}

std::string reportNumber(double value)
{
    if (!std::isfinite(value) || std::abs(value) >= 1e15)
        return reportScientific(value);
    const double rounded = parseNumber(formatNumber(value, 3)).value_or(value);
    if (std::abs(rounded) < 1000)
        return formatNumber(rounded, 3);
    std::array<char, 64> buffer{};
    const auto end =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded, std::chars_format::fixed, 0).ptr;
    const std::string digits(buffer.data(), end);
    const std::size_t first = digits.front() == '-' ? 1 : 0;
    std::string out = digits.substr(0, first);
    for (std::size_t i = first; i < digits.size(); ++i) {
        if (i > first && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

std::string reportScientific(double value)
{
    std::string text = formatNumber(value, 3); // "5.76e+23", "1e-05"
    const std::size_t e = text.find('e');
    if (e == std::string::npos)
        return text;
    std::string exponent = text.substr(e + 1);
    const bool negative = !exponent.empty() && exponent.front() == '-';
    if (!exponent.empty() && (exponent.front() == '+' || exponent.front() == '-'))
        exponent.erase(0, 1);
    exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
    return text.substr(0, e) + "e" + (negative ? "-" : "") + exponent;
}

Report planReport(const Law &law, const PlanRequest &request, const ResolvedSetup &setup, const Plan &plan,
                  const std::string &gpuName, const KnownRun *comparedRun)
{
    const Allocation &a = plan.allocation;
    const CostReport &c = plan.cost;
    Report r;
    const std::string lawName = law.info().name;
    const std::vector<MessageArg> size{{"params", reportCount(a.params)},
                                       {"tokens", reportCount(a.tokens)},
                                       {"ratio", formatNumber(a.tokensPerParam(), 3)},
                                       {"flops", reportScientific(a.flops)},
                                       {"law", lawName}};
    if (request.budgetAmount) {
        std::vector<MessageArg> args = size;
        args.push_back({"budget", budgetText(*request.budgetAmount, request.budgetUnit)});
        r.sentences.push_back(
            sentence("report.budget",
                     "For a budget of {budget}, the compute-optimal allocation of {law} is a model "
                     "of {params} parameters trained on {tokens} tokens ({ratio} tokens per "
                     "parameter, {flops} FLOPs).",
                     args));
    } else if (request.targetLoss) {
        std::vector<MessageArg> args = size;
        args.push_back({"target", formatNumber(*request.targetLoss, 4)});
        r.sentences.push_back(
            sentence("report.target_loss",
                     "To reach a loss of {target} nats per token, the cheapest compute-optimal run of {law} is a "
                     "model of {params} parameters trained on {tokens} tokens ({ratio} tokens per parameter, "
                     "{flops} FLOPs).",
                     args));
    } else {
        r.sentences.push_back(
            sentence("report.job",
                     "We train a model of {params} parameters on {tokens} tokens ({ratio} tokens "
                     "per parameter, {flops} FLOPs), planned with {law}.",
                     size));
    }
    if (a.loss && !request.targetLoss) // a target's run reaches the target: the sentence above said so
        r.sentences.push_back(sentence("report.loss", "The law predicts a loss of {loss} nats per token.",
                                       {{"loss", formatNumber(*a.loss, 4)}}));

    // One shape to build, as the paragraph would name it: the 2020 calculator's own for an hf2020 law
    // (its two, as its page prints them), else the wide Llama-style candidate.
    const auto &shapes = plan.shapes;
    if (shapes.size() >= 2 && shapes[0].role == ShapeRole::Calculator && shapes[1].role == ShapeRole::CalculatorAlternative) {
        r.sentences.push_back(sentence("report.shape_calculator",
                                       "As the 2020 calculator shapes it, that is a Transformer-XL of {layers} layers of "
                                       "{width} dimensions, or of {alt_layers} layers of {alt_width}.",
                                       {{"layers", std::to_string(shapes[0].layers)},
                                        {"width", std::to_string(shapes[0].dModel)},
                                        {"alt_layers", std::to_string(shapes[1].layers)},
                                        {"alt_width", std::to_string(shapes[1].dModel)}}));
    } else if (const auto &sparse = plan.sparse) {
        // A mixture: its own shape and both counts, in place of the dense decoder of the active size
        // (whose "parameters in all" would read as this model's). No law gives its loss: said, not shown.
        r.sentences.push_back(sentence("report.sparse",
                                       "It is a mixture of experts: a Llama-style decoder of {layers} layers of width "
                                       "{width} with {experts} experts in each layer, {top_k} of them used for each "
                                       "token, so it has {total} parameters in all and uses {active} for each token. "
                                       "No scaling law Frontier ships predicts the loss of such a model, so no loss "
                                       "is given for it.",
                                       {{"layers", std::to_string(sparse->shape.layers)},
                                        {"width", std::to_string(sparse->shape.dModel)},
                                        {"experts", std::to_string(sparse->moe.experts)},
                                        {"top_k", std::to_string(sparse->moe.topK)},
                                        {"total", reportCount(double(sparse->totalParams))},
                                        {"active", reportCount(double(sparse->activeParams))}}));
    } else {
        const auto llama = std::find_if(shapes.begin(), shapes.end(), [](const TransformerShape &s) {
            return s.family == ShapeFamily::Llama && s.role == ShapeRole::Wide && s.params.total;
        });
        if (llama != shapes.end())
            r.sentences.push_back(sentence("report.shape",
                                           "A Llama-style decoder of that size has {layers} layers of width {width} with "
                                           "{heads} heads ({kv_heads} for keys and values) and {params} parameters in all.",
                                           {{"layers", std::to_string(llama->layers)},
                                            {"width", std::to_string(llama->dModel)},
                                            {"heads", std::to_string(llama->heads)},
                                            {"kv_heads", std::to_string(llama->kvHeads)},
                                            {"params", reportCount(double(*llama->params.total))}}));
    }

    std::string gpu = gpuName.empty() ? setup.gpuId : gpuName;
    const std::vector<MessageArg> time{{"gpus", std::to_string(setup.cost.gpus)},
                                       {"gpu_hours", reportNumber(c.gpuHours)},
                                       {"days", formatNumber(c.wallClockDays, 3)}};
    if (const auto *peak = setup.cost.throughput.peakTimesMfu()) {
        if (setup.precision)
            gpu += " (" + precisionName(*setup.precision) + ")";
        std::vector<MessageArg> args = time;
        args.push_back({"gpu", gpu});
        args.push_back({"mfu", formatNumber(peak->mfu * 100, 3)});
        args.push_back({"peak", reportScientific(peak->peakFlopsPerGpu)});
        r.sentences.push_back(
            sentence("report.hardware_peak",
                     "Training on {gpus} x {gpu} at {mfu} % model FLOPs utilisation of a {peak} "
                     "FLOP/s peak per GPU takes {gpu_hours} GPU-hours, {days} days of wall-clock "
                     "time.",
                     args));
    } else if (const auto *speed = setup.cost.throughput.hf2020()) {
        std::vector<MessageArg> args = time;
        args.push_back({"gpu", gpu});
        args.push_back({"amp", ampName(speed->amp)});
        r.sentences.push_back(
            sentence("report.hardware_hf2020",
                     "Training on {gpus} x {gpu}, timed by the Hugging Face 2020 speed model "
                     "({amp}), takes {gpu_hours} GPU-hours, {days} days of wall-clock time.",
                     args));
    }
    if (c.costUsd && setup.cost.usdPerGpuHour) {
        if (!setup.offerId.empty())
            r.sentences.push_back(sentence(
                "report.cost_offer", "At {price} per GPU-hour ({offer}, listed {date}) it costs {cost}.",
                {{"price", cents(*setup.cost.usdPerGpuHour)},
                 {"offer", setup.offerId},
                 {"date", setup.priceDate},
                 {"cost", dollars(*c.costUsd)}}));
        else
            r.sentences.push_back(
                sentence("report.cost_price", "At {price} per GPU-hour it costs {cost}.",
                         {{"price", cents(*setup.cost.usdPerGpuHour)}, {"cost", dollars(*c.costUsd)}}));
    }
    const std::vector<MessageArg> energy{{"energy", reportNumber(c.energyKwh)},
                                         {"pue", formatNumber(setup.cost.pue, 3)}};
    if (c.co2Kg && setup.cost.gridGramsPerKwh) {
        std::vector<MessageArg> args = energy;
        args.push_back({"co2", reportNumber(*c.co2Kg)});
        args.push_back({"grid", reportNumber(*setup.cost.gridGramsPerKwh)});
        args.push_back({"region", setup.gridRegion});
        r.sentences.push_back(
            sentence("report.energy_co2",
                     "It uses {energy} kWh of electricity (PUE {pue}) and emits {co2} kg CO2eq at a "
                     "grid intensity of {grid} g CO2eq/kWh ({region}).",
                     args));
    } else {
        r.sentences.push_back(
            sentence("report.energy", "It uses {energy} kWh of electricity (PUE {pue}).", energy));
    }

    // Beside a run the reader knows, as shares in percent: a paper's reader takes "3.7 % of GPT-3's
    // compute" at a glance, and a share above 100 % reads as plainly.
    if (comparedRun && comparedRun->trainingFlops()) {
        const RunComparison share = compareWithRun(*comparedRun, plan.allocation.flops, c.co2Kg);
        std::vector<MessageArg> args{{"compute", formatNumber(100 * share.computeRatio, 2)},
                                     {"run", comparedRun->name},
                                     {"run_flops", reportScientific(*comparedRun->trainingFlops())}};
        if (share.co2Ratio) {
            args.push_back({"co2", formatNumber(100 * *share.co2Ratio, 2)});
            args.push_back({"run_co2", reportNumber(comparedRun->co2T->value)});
            r.sentences.push_back(sentence("report.known_run_co2",
                                           "That is {compute} % of the training compute of {run} ({run_flops} "
                                           "FLOPs) and {co2} % of its CO2 ({run_co2} t CO2eq as published).",
                                           std::move(args)));
        } else {
            r.sentences.push_back(sentence("report.known_run",
                                           "That is {compute} % of the training compute of {run} ({run_flops} FLOPs).",
                                           std::move(args)));
        }
    }

    if (const auto &b = plan.batch)
        r.sentences.push_back(sentence(
            "report.batch",
            "At a batch of {batch} tokens it takes {steps} optimizer steps; the critical batch of Kaplan et al. "
            "(2020) at a loss of {loss} nats is {b_crit} tokens, so the run needs {steps_factor} x the least steps "
            "and {tokens_factor} x the least data for that loss.",
            {{"batch", reportCount(b->run.batchTokens)},
             {"steps", reportCount(b->run.steps)},
             {"loss", formatNumber(b->loss, 3)},
             {"b_crit", reportCount(b->run.criticalTokens)},
             {"steps_factor", formatNumber(b->run.stepsFactor, 3)},
             {"tokens_factor", formatNumber(b->run.tokensFactor, 3)}}));

    // On capped unique data the tokens above are repeated: how often, what they are worth, and the
    // loss the cap costs against as much new data (Muennighoff et al. 2023's effective data).
    if (const auto &rep = plan.repetition)
        r.sentences.push_back(sentence(
            "report.repetition",
            "With only {unique} unique tokens, the run repeats them for {epochs} epochs; they are worth "
            "{effective} tokens of new data, and the loss is {loss_lost} nats per token above what as much new "
            "data would give ({unlimited}).",
            {{"unique", reportCount(rep->run.uniqueTokens)},
             {"epochs", formatNumber(rep->run.epochs, 3)},
             {"effective", reportCount(rep->run.effectiveTokens)},
             {"loss_lost", formatNumber(rep->lossLost, 3)},
             {"unlimited", formatNumber(rep->unlimitedLoss, 4)}}));

    // A plan beyond the law's data says so in the paragraph too: a reader of the paper should not
    // take an extrapolation for a figure the law was fitted on.
    for (const Message &warning : plan.warnings) {
        const bool above = warning.code == "plan.above_law_data";
        if (!above && warning.code != "plan.below_law_data")
            continue;
        std::vector<MessageArg> args;
        for (const char *name : {"what", "value", "factor", "range"})
            for (const MessageArg &arg : warning.args)
                if (arg.name == name)
                    args.push_back(arg);
        if (above)
            r.sentences.push_back(sentence("report.above_law_data",
                                           "Its {what} of {value} is {factor} times the largest in the runs the law "
                                           "was fitted on ({range}), so the law is extrapolated here.",
                                           std::move(args)));
        else
            r.sentences.push_back(sentence("report.below_law_data",
                                           "Its {what} of {value} is {factor} times below the smallest in the runs "
                                           "the law was fitted on ({range}), so the law is extrapolated here.",
                                           std::move(args)));
    }

    r.sources.push_back(law.info().citation);
    if (plan.batch && plan.batch->citation != law.info().citation)
        r.sources.push_back(plan.batch->citation);
    for (std::string &source : setupSources(setup))
        if (std::find(r.sources.begin(), r.sources.end(), source) == r.sources.end())
            r.sources.push_back(std::move(source));
    if (comparedRun && comparedRun->trainingFlops()
        && std::find(r.sources.begin(), r.sources.end(), comparedRun->citation) == r.sources.end())
        r.sources.push_back(comparedRun->citation);
    return r;
}

std::string renderReport(const Report &report, ReportFormat format, const SentenceText &text,
                         const std::string &sourcesHeading)
{
    const auto say = [&](const Message &m) { return text ? text(m) : m.text(); };
    std::string paragraph;
    for (const Message &sentence : report.sentences)
        paragraph.append(paragraph.empty() ? "" : " ").append(escaped(say(sentence), format));
    std::string out = paragraph + "\n\n";
    if (format == ReportFormat::Latex) {
        out += "\\paragraph{" + latexEscape(sourcesHeading) + "}\n\\begin{enumerate}\n";
        for (const std::string &source : report.sources)
            out += "  \\item " + latexEscape(source) + "\n";
        out += "\\end{enumerate}\n";
    } else {
        out += format == ReportFormat::Markdown ? "**" + markdownEscape(sourcesHeading) + "**\n\n" : sourcesHeading + "\n\n";
        for (std::size_t i = 0; i < report.sources.size(); ++i)
            out += std::to_string(i + 1) + ". " + escaped(report.sources[i], format) + "\n";
    }
    return out;
}

std::string latexEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\textbackslash{}";
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        case '%':
        case '$':
        case '_':
        case '&':
        case '#':
        case '{':
        case '}':
            out += '\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string markdownEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (std::string_view("\\*_`[]<>").find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace frontier
