#pragma once
// The two search strategies behind fitParametricLaw (fit.h): Hoffmann's multi-start grid, spread
// over worker threads, and Epoch's maximum-likelihood fit from one start with restarts.

#include "model/fit/fit.h"
#include "model/fit/fitobjective.h"

namespace frontier::fitting {

// The start with this index in the grid alpha × beta × e × a × b (alpha slowest).
Eigen::VectorXd gridStart(const FitProcedure &procedure, std::size_t index);

// `level` picks the Huber sum's kernel (fitkernel.h); the fastest one unless a test compares them.
FitResult fitHoffmannGrid(const LogObservations &data, const FitProcedure &procedure,
                          const FitOptions &options, SimdLevel level = fastestSimdLevel());
FitResult fitEpochMle(const LogObservations &data, const FitProcedure &procedure,
                      const FitOptions &options);

} // namespace frontier::fitting
