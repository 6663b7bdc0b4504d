#include "model/laws/qhullfacing.h"

#include "model/core/errors.h"

extern "C" {
#include <libqhull_r/qhull_ra.h>
}

#include <cstdio>
#include <memory>
#include <set>

namespace frontier {

namespace {

// Qhull writes its warnings and errors to a FILE; a temporary one keeps them off the terminal and
// lets an error carry Qhull's first line.
struct QhullMessages
{
    std::FILE *file = std::tmpfile();
    ~QhullMessages()
    {
        if (file)
            std::fclose(file);
    }
    std::string firstLine() const
    {
        if (!file)
            return {};
        std::rewind(file);
        char line[512] = {};
        return std::fgets(line, sizeof line, file) ? std::string(line) : std::string();
    }
};

} // namespace

std::vector<std::size_t> qhullGoodFacetVertices(const std::vector<CurvePoint> &points,
                                                const std::string &qhullCommand)
{
    std::vector<coordT> coordinates;
    coordinates.reserve(2 * points.size());
    for (const auto &p : points)
        coordinates.insert(coordinates.end(), {p.flops, p.loss});

    QhullMessages messages;
    std::FILE *errors = messages.file ? messages.file : stderr;
    auto qh = std::make_unique<qhT>();
    qh_zero(qh.get(), errors);
    std::string command = qhullCommand; // qh_new_qhull takes a writable char*
    const int exitCode = qh_new_qhull(qh.get(), 2, static_cast<int>(points.size()), coordinates.data(), False,
                                      command.data(), nullptr, errors);
    std::set<std::size_t> vertices;
    if (exitCode == 0) {
        facetT *facet = nullptr;
        vertexT *vertex = nullptr, **vertexp = nullptr;
        qhT *qhull = qh.get();
        for (facet = qhull->facet_list; facet && facet->next; facet = facet->next) {
            if (!facet->good)
                continue;
            FOREACHvertex_(facet->vertices)
                vertices.insert(static_cast<std::size_t>(qh_pointid(qhull, vertex->point)));
        }
    }
    int shortLeft = 0, longLeft = 0;
    qh_freeqhull(qh.get(), !qh_ALL);
    qh_memfreeshort(qh.get(), &shortLeft, &longLeft);
    if (exitCode != 0)
        throw InputError(message("laws.qhull_failed", "Qhull '{command}' failed with code {code}: {detail}",
                                 {{"command", qhullCommand},
                                  {"code", std::to_string(exitCode)},
                                  {"detail", messages.firstLine()}}));
    return {vertices.begin(), vertices.end()};
}

} // namespace frontier
