#include "model/core/errors.h"

#include "model/core/asciicase.h"
#include "model/core/numbers.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace frontier {

namespace {

std::string describe(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "infinity" : "-infinity";
    return formatNumber(value);
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const bool same = asciiLower(a[i - 1]) == asciiLower(b[j - 1]);
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

double requireFinite(double value, std::string_view what)
{
    if (!std::isfinite(value))
        throw InputError(message("value.not_finite", "{what} must be a finite number, got {value}",
                                 {quantity("what", std::string(what)), {"value", describe(value)}}));
    return value;
}

double requirePositive(double value, std::string_view what)
{
    requireFinite(value, what);
    if (value <= 0)
        throw InputError(message("value.not_positive", "{what} must be positive, got {value}",
                                 {quantity("what", std::string(what)), {"value", describe(value)}}));
    return value;
}

double requireNonNegative(double value, std::string_view what)
{
    requireFinite(value, what);
    if (value < 0)
        throw InputError(message("value.negative", "{what} must not be negative, got {value}",
                                 {quantity("what", std::string(what)), {"value", describe(value)}}));
    return value;
}

std::vector<std::string> closestMatches(std::string_view key, const std::vector<std::string> &candidates,
                                        std::size_t most)
{
    const std::size_t limit = std::max<std::size_t>(3, key.size() / 2 + 2);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto &candidate : candidates) {
        // A candidate that contains the key ("h100" in "h100-sxm") is as good as a near miss.
        if (candidate.find(key) != std::string::npos) {
            scored.emplace_back(0, candidate);
            continue;
        }
        // The edit distance is at least the difference in length: past the limit the candidate
        // could never be shown, so its distance is not computed. This keeps the work bounded by
        // the candidates' length (a 100 kB key against ids of 20 characters would otherwise take
        // 100,000 x 20 steps per candidate) and changes no suggestion.
        const std::size_t lengthGap = key.size() > candidate.size() ? key.size() - candidate.size()
                                                                    : candidate.size() - key.size();
        if (lengthGap <= limit)
            scored.emplace_back(editDistance(key, candidate), candidate);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &l, const auto &r) { return l.first < r.first; });
    std::vector<std::string> best;
    for (const auto &[distance, candidate] : scored) {
        if (best.size() == most || distance > limit)
            break;
        best.push_back(candidate);
    }
    return best;
}

Message unknownIdMessage(std::string_view kind, std::string_view key, const std::vector<std::string> &candidates)
{
    const auto near = closestMatches(key, candidates);
    const auto &shown = near.empty() ? candidates : near;
    std::string list;
    for (std::size_t i = 0; i < shown.size(); ++i)
        list += (i ? ", " : "") + shown[i];
    std::vector<MessageArg> args{quantity("kind", std::string(kind)), {"key", std::string(key)}, {"ids", list}};
    return near.empty() ? message("id.unknown", "unknown {kind} '{key}'; known: {ids}", std::move(args))
                        : message("id.unknown_near", "unknown {kind} '{key}'; did you mean: {ids}", std::move(args));
}

} // namespace frontier
