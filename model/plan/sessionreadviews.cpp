// The docks' settings a session keeps beside the plan: the serving dock's, the inference dock's
// lifetime and the readouts' published run. Each is newer than the file format, so a file without
// them opens quietly with the docks' defaults; a value that is there is checked as the dock checks it.
#include "model/plan/sessionreader.h"
#include "model/plan/sessionkeys.h"
#include "model/runs/knownruns.h"

namespace frontier::sessionread {

using namespace sessionkeys;

namespace {

// `value` in [min, max], or refused naming the key.
double inRange(double value, const std::string &key, double min, double max)
{
    if (value >= min && value <= max)
        return value;
    throw InputError(message("session.out_of_range", "{key} must be from {min} to {max}, got {value}",
                             {{"key", key}, {"min", formatNumber(min)}, {"max", formatNumber(max)}, {"value", formatNumber(value)}}));
}

// One of a few spellings, or refused naming the key and listing them.
template <class Parse> auto choice(const std::string &name, const std::string &key, Parse parse, const char *known)
{
    if (const auto parsed = parse(name))
        return *parsed;
    throw InputError(message("session.unknown_choice", "{key}: unknown value '{value}'; known: {values}",
                             {{"key", key}, {"value", name}, {"values", known}}));
}

} // namespace

void Reader::readServing(const json *section, Session &session) const
{
    session.serving.reset();
    if (!section || section->is_null())
        return;
    if (!section->is_object())
        wrongType(serving::kSection, "object", *section);
    Section s(section, serving::kSection, m_notes);
    // Without the catalogues' limits, only what the quantities are: no upper bound but their type's.
    const double unbounded = std::numeric_limits<int>::max();
    const ServingSettingLimits limits = m_catalogs && m_catalogs->servingLimits
                                            ? *m_catalogs->servingLimits
                                            : ServingSettingLimits{unbounded, unbounded, unbounded, unbounded};
    ServingSettings read;
    // The three the serving model cannot do without: a section missing one is refused, not guessed.
    auto needed = [&](const char *name) -> const json & {
        const json *v = s.find(name);
        if (!v)
            throw InputError(message("session.serving_incomplete", "{key}: missing; the serving settings need it",
                                     {{"key", s.keyOf(name)}}));
        return *v;
    };
    read.bitsPerWeight = number(needed(serving::kBits), s.keyOf(serving::kBits));
    if (!(read.bitsPerWeight > 0 && read.bitsPerWeight <= limits.maxBits))
        throw InputError(message("session.bad_bits", "{key} must be above 0 and at most {max}, got {value}",
                                 {{"key", s.keyOf(serving::kBits)},
                                  {"max", formatNumber(limits.maxBits)},
                                  {"value", formatNumber(read.bitsPerWeight)}}));
    read.contextTokens = whole(needed(serving::kContext), s.keyOf(serving::kContext), 1, int(limits.maxContext));
    read.batch = whole(needed(serving::kBatch), s.keyOf(serving::kBatch), 1, int(limits.maxBatch));
    // The rest have a natural default: nothing pruned, the plan's offer on demand, no penalty.
    if (const json *v = s.find(serving::kPruned)) {
        read.prunedFraction = number(*v, s.keyOf(serving::kPruned));
        if (!(read.prunedFraction >= 0 && read.prunedFraction < 1)) // all weights pruned leaves no model
            throw InputError(message("session.bad_pruned", "{key} must be at least 0 and below 1, got {value}",
                                     {{"key", s.keyOf(serving::kPruned)}, {"value", formatNumber(read.prunedFraction)}}));
    }
    if (const json *v = s.find(serving::kOffer)) {
        read.offer = text(*v, s.keyOf(serving::kOffer));
        if (m_catalogs && !read.offer.empty())
            checkedAt(s.keyOf(serving::kOffer), [&] { return &m_catalogs->catalogs.offers.get(read.offer); });
    }
    if (const json *v = s.find(serving::kPricing))
        read.pricing = checkedAt(s.keyOf(serving::kPricing), [&] { return parsePricing(text(*v, s.keyOf(serving::kPricing))); });
    if (const json *v = s.find(serving::kLossPenalty); v && !v->is_null())
        read.lossPenalty =
            inRange(number(*v, s.keyOf(serving::kLossPenalty)), s.keyOf(serving::kLossPenalty), 0, limits.maxLossPenalty);
    session.serving = read;
    s.noteUnknownKeys();
}

void Reader::readInference(const json *section, Session &session) const
{
    session.inference = {};
    if (!section || section->is_null())
        return;
    if (!section->is_object())
        wrongType(inference::kSection, "object", *section);
    Section s(section, inference::kSection, m_notes);
    if (const json *v = s.find(inference::kLifetimeTokens); v && !v->is_null()) {
        const std::string key = s.keyOf(inference::kLifetimeTokens);
        const double tokens = number(*v, key, "inference_tokens");
        session.inference.lifetimeTokens = inRange(tokens, key, 0, std::numeric_limits<double>::max());
    }
    if (const json *v = s.find(inference::kServingOffer); v && !v->is_null()) {
        const std::string key = s.keyOf(inference::kServingOffer);
        session.inference.servingOffer = text(*v, key);
        if (m_catalogs && !session.inference.servingOffer.empty())
            checkedAt(key, [&] { return &m_catalogs->catalogs.offers.get(session.inference.servingOffer); });
    }
    if (const json *v = s.find(inference::kServingModel); v && !v->is_null())
        session.inference.servingModel = choice(text(*v, s.keyOf(inference::kServingModel)), s.keyOf(inference::kServingModel),
                                                servingCostModelFromName, "decode, sardana-mfu");
    if (const json *v = s.find(inference::kObjective); v && !v->is_null())
        session.inference.objective = choice(text(*v, s.keyOf(inference::kObjective)), s.keyOf(inference::kObjective),
                                             lifetimeObjectiveFromName, "flops, usd, kwh, co2");
    s.noteUnknownKeys();
}

std::string Reader::readComparedRun(const json &value) const
{
    std::string id = text(value, kComparedRun);
    if (m_catalogs && m_catalogs->runs && !id.empty())
        checkedAt(kComparedRun, [&] { return &m_catalogs->runs->get(id); });
    return id;
}

} // namespace frontier::sessionread
