#pragma once
// The part of a 2-D convex hull that a viewpoint sees, computed by Qhull itself (the reentrant
// libqhull_r that SciPy wraps), so that a procedure written against scipy.spatial.ConvexHull gets
// the same vertices, with Qhull's own roundoff tolerances and facet merging, rather than an
// imitation of them.

#include "model/laws/lawtypes.h"

#include <cstddef>
#include <string>
#include <vector>

namespace frontier {

// Runs `qhullCommand` (e.g. "qhull i QG0 Qt": good facets are those visible from point 0) on
// `points` (x = flops, y = loss) and returns the indices of the vertices of its good facets,
// in increasing order. Throws InputError with Qhull's own message when Qhull fails.
std::vector<std::size_t> qhullGoodFacetVertices(const std::vector<CurvePoint> &points,
                                                const std::string &qhullCommand);

} // namespace frontier
