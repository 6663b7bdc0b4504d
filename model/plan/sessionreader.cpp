// The session reader's frame: refusals, axis ranges and the order the sections are read in.
#include "model/plan/sessionreader.h"
#include "model/plan/sessionkeys.h"

#include <limits>

namespace frontier::sessionread {

using namespace sessionkeys;

[[noreturn]] void wrongType(const std::string &key, const char *expected, const json &value)
{
    throw InputError(message("session.wrong_type", "{key}: expected {expected}, got {type}",
                             {{"key", key}, {"expected", expected}, {"type", value.type_name()}}));
}

// An id lookup's refusal ("unknown accelerator 'h100'; did you mean ...") with the key in front, so
// the user knows which line of the file to fix. Any other refusal is passed on as it is.
[[noreturn]] void refuseAt(const std::string &key, const InputError &e)
{
    const Message &inner = e.message();
    if (inner.code == "id.unknown" || inner.code == "id.unknown_near") {
        Message m = inner;
        m.code = inner.code == "id.unknown" ? "session.unknown_id" : "session.unknown_id_near";
        m.english = "{field}: " + inner.english;
        m.args.insert(m.args.begin(), MessageArg{"field", key});
        throw InputError(std::move(m));
    }
    throw e; // its own words name what is wrong (an out-of-range value names the key as {what})
}

std::optional<Log10Range> Reader::range(const json &value, const std::string &key) const
{
    if (value.is_null())
        return std::nullopt;
    if (!value.is_array() || value.size() != 2)
        wrongType(key, "array [min, max]", value);
    // log10 of the smallest and largest positive doubles: any axis end beyond them is not a number
    // the chart could show.
    static const double lowest = std::log10(std::numeric_limits<double>::denorm_min());
    static const double highest = std::log10(std::numeric_limits<double>::max());
    const Log10Range r{number(value[0], key + "[0]"), number(value[1], key + "[1]")};
    if (!(r.min < r.max) || r.min < lowest || r.max > highest)
        throw InputError(message("session.bad_range",
                                 "{key}: [{min}, {max}] is not an axis range (log10, min below max)",
                                 {{"key", key}, {"min", formatNumber(r.min)}, {"max", formatNumber(r.max)}}));
    return r;
}

Session Reader::read(const json &document)
{
    if (!document.is_object())
        wrongType("(the file)", "object", document);
    const auto version = document.find(kSchemaVersion);
    if (version == document.end())
        throw InputError(
            message("session.no_schema", "schema_version: missing; this is not a Frontier session"));
    if (!version->is_number_integer())
        wrongType(kSchemaVersion, "integer", *version);
    const auto v = version->get<long long>();
    if (v > kSessionSchemaVersion)
        throw InputError(
            message("session.newer_schema",
                    "schema_version {version} is newer than this Frontier reads (up to {supported}); update "
                    "Frontier to open it",
                    {{"version", std::to_string(v)}, {"supported", std::to_string(kSessionSchemaVersion)}}));
    whole(*version, kSchemaVersion, 1, kSessionSchemaVersion);

    Session session;
    Section top(&document, "", m_notes);
    top.get(kSchemaVersion);
    readLaw(top.section(law::kSection), session.inputs);
    readJob(top.section(job::kSection), session.inputs);
    readHardware(top.section(hardware::kSection), session.inputs.choices);
    readEnergy(top.section(energy::kSection), session.inputs.choices);
    readMemory(top.section(memory::kSection), session.inputs.choices);
    readBatch(top.section(batch::kSection), session.inputs);
    readMoe(top.find(moe::kSection), session.inputs);
    readChart(top.section(chart::kSection), session.chart);
    readCompare(top.section(compare::kSection), session.compare);
    readServing(top.find(serving::kSection), session);
    readInference(top.find(inference::kSection), session);
    if (const json *run = top.find(kComparedRun))
        session.comparedRun = readComparedRun(*run);
    if (const json *runs = top.get(kRuns))
        session.runsPath = text(*runs, kRuns);
    if (const json *paths = top.get(kUserCatalogs)) {
        if (!paths->is_array())
            wrongType(kUserCatalogs, "array", *paths);
        for (std::size_t i = 0; i < paths->size(); ++i)
            session.userCatalogPaths.push_back(text((*paths)[i], std::string(kUserCatalogs) + "[" + std::to_string(i) + "]"));
    }
    top.noteUnknownKeys();
    return session;
}

} // namespace frontier::sessionread
