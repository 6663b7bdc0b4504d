// The parts of the session reader: one object of the file (Section) and the typed members read
// from it (Reader). Private to model/plan/session*.cpp; the public face is session.h.
#pragma once

#include "model/plan/session.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace frontier::sessionread {

using nlohmann::json;

// ---- refusals -------------------------------------------------------------------------------------

[[noreturn]] void wrongType(const std::string &key, const char *expected, const nlohmann::json &value);

// An id lookup's refusal ("unknown accelerator 'h100'; did you mean ...") with the key in front, so
// the user knows which line of the file to fix. Any other refusal is passed on as it is.
[[noreturn]] void refuseAt(const std::string &key, const InputError &e);

template <typename F> auto checkedAt(const std::string &key, F lookup)
{
    try {
        return lookup();
    } catch (const InputError &e) {
        refuseAt(key, e);
    }
}

// ---- one JSON object of the file, and the keys read from it ---------------------------------------

// Hands out the members of one object by name, noting each missing one, and at the end notes every
// member nobody asked for. A section missing as a whole is noted once, and its keys not at all.
class Section
{
public:
    Section(const json *object, std::string path, std::vector<Message> &notes)
        : m_object(object), m_path(std::move(path)), m_notes(notes)
    {
    }

    std::string keyOf(std::string_view name) const
    {
        return m_path.empty() ? std::string(name) : m_path + "." + std::string(name);
    }

    // The member, or nullptr when it is absent (then the caller keeps its default).
    const json *get(std::string_view name)
    {
        m_asked.emplace(name);
        if (!m_object)
            return nullptr;
        const auto found = m_object->find(name);
        if (found == m_object->end()) {
            m_notes.push_back(message("session.missing_key", "{key}: missing; the default is used",
                                      {{"key", keyOf(name)}}));
            return nullptr;
        }
        return &*found;
    }

    // The member if present, else nullptr without a note: for a key an older file has no need of.
    const json *find(std::string_view name)
    {
        m_asked.emplace(name);
        if (!m_object)
            return nullptr;
        const auto found = m_object->find(name);
        return found == m_object->end() ? nullptr : &*found;
    }

    // A nested object; absent (noted) or null reads as all defaults.
    Section section(std::string_view name)
    {
        const json *member = get(name);
        if (member && !member->is_object())
            wrongType(keyOf(name), "object", *member);
        return Section(member, keyOf(name), m_notes);
    }

    void noteUnknownKeys() const
    {
        if (!m_object)
            return;
        for (const auto &[name, value] : m_object->items())
            if (!m_asked.count(name))
                m_notes.push_back(message("session.unknown_key", "{key}: not a session key; ignored",
                                          {{"key", keyOf(name)}}));
    }

private:
    const json *m_object;
    std::string m_path;
    std::vector<Message> &m_notes;
    std::set<std::string, std::less<>> m_asked;
};

// ---- typed members ---------------------------------------------------------------------------------

class Reader
{
public:
    Reader(const SessionCatalogs *catalogs, std::vector<Message> &notes)
        : m_catalogs(catalogs), m_notes(notes)
    {
    }

    Session read(const json &document);

private:
    double number(const json &value, const std::string &key, const char *limitKey = nullptr) const
    {
        if (!value.is_number())
            wrongType(key, "number", value);
        const double v = value.get<double>();
        requireFinite(v, key); // a document built in memory may hold inf (a file cannot: 1e400 is refused)
        if (limitKey && m_catalogs)
            m_catalogs->limits.check(limitKey, v, {"what", key});
        return v;
    }

    double positive(const json &value, const std::string &key, const char *limitKey = nullptr) const
    {
        const double v = number(value, key, limitKey);
        return requirePositive(v, key);
    }

    // MFU and the power fraction are shares of a peak: (0, 1] by definition.
    double fraction(const json &value, const std::string &key) const
    {
        const double v = number(value, key);
        if (!(v > 0 && v <= 1))
            throw InputError(message("session.not_fraction", "{key} must be in (0, 1], got {value}",
                                     {{"key", key}, {"value", formatNumber(v)}}));
        return v;
    }

    int whole(const json &value, const std::string &key, int min, int max) const
    {
        const double v = number(value, key);
        if (v != std::floor(v) || v < min || v > max)
            throw InputError(message("session.not_whole",
                                     "{key} must be a whole number from {min} to {max}, got {value}",
                                     {{"key", key},
                                      {"min", std::to_string(min)},
                                      {"max", std::to_string(max)},
                                      {"value", formatNumber(v)}}));
        return int(v);
    }

    std::string text(const json &value, const std::string &key) const
    {
        if (!value.is_string())
            wrongType(key, "string", value);
        return value.get<std::string>();
    }

    bool flag(const json &value, const std::string &key) const
    {
        if (!value.is_boolean())
            wrongType(key, "boolean", value);
        return value.get<bool>();
    }

    // Optional members: null means "not set".
    template <typename T, typename F>
    void optional(Section &s, std::string_view name, std::optional<T> &out, F read) const
    {
        if (const json *v = s.get(name))
            out = v->is_null() ? std::nullopt : std::optional<T>(read(*v, s.keyOf(name)));
    }
    template <typename F> void required(Section &s, std::string_view name, auto &out, F read) const
    {
        if (const json *v = s.get(name))
            out = read(*v, s.keyOf(name));
    }

    std::optional<Log10Range> range(const json &value, const std::string &key) const;
    void readLaw(Section s, PlanInputs &in) const;
    void readJob(Section s, PlanInputs &in) const;
    void readHardware(Section s, PlanChoices &c) const;
    void readEnergy(Section s, PlanChoices &c) const;
    void readMemory(Section s, PlanChoices &c) const;
    void readBatch(Section s, PlanInputs &in) const;
    void readMoe(const json *section, PlanInputs &in) const;
    void readChart(Section s, ChartView &view) const;
    void readCompare(Section s, ComparisonFilter &f) const;
    void readServing(const json *section, Session &session) const;
    void readInference(const json *section, Session &session) const;
    std::string readComparedRun(const json &value) const;

    const SessionCatalogs *m_catalogs; // null: check types and numbers, not ids
    std::vector<Message> &m_notes;
};

} // namespace frontier::sessionread
