#include "model/fit/fitkernel.h"

#include <algorithm>
#include <stdexcept>

namespace frontier::fitting {

#if FRONTIER_FIT_SIMD
void clearUpperVectorStateAvx(); // fitkernelavx2.cpp
#endif

std::string simdLevelName(SimdLevel level)
{
    switch (level) {
    case SimdLevel::Portable: return "portable";
    case SimdLevel::Avx2: return "avx2";
    case SimdLevel::Avx512: return "avx512";
    }
    return "unknown";
}

const std::vector<SimdLevel> &availableSimdLevels()
{
    static const std::vector<SimdLevel> levels = [] {
        std::vector<SimdLevel> found{SimdLevel::Portable};
#if FRONTIER_FIT_SIMD
        // GCC's checks include the OS's consent (XCR0) to the AVX and AVX-512 register state.
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
            found.push_back(SimdLevel::Avx2);
        if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma"))
            found.push_back(SimdLevel::Avx512);
#endif
        return found;
    }();
    return levels;
}

SimdLevel fastestSimdLevel()
{
    return availableSimdLevels().back();
}

void clearUpperVectorState()
{
#if FRONTIER_FIT_SIMD
    if (fastestSimdLevel() != SimdLevel::Portable)
        clearUpperVectorStateAvx();
#endif
}

HuberKernel::HuberKernel(const double *logN, const double *logD, const double *logL, std::ptrdiff_t count,
                         SimdLevel level)
    : m_level(level)
{
    const auto &levels = availableSimdLevels();
    if (std::find(levels.begin(), levels.end(), level) == levels.end())
        throw std::logic_error("HuberKernel: this CPU or build cannot run " + simdLevelName(level));
    if (level == SimdLevel::Portable || count <= 0)
        return;
    const std::ptrdiff_t block = 8;
    const auto padded = static_cast<std::size_t>((count + block - 1) / block * block);
    const auto n = static_cast<std::size_t>(count);
    auto pad = [&](const double *values) {
        std::vector<double> out(values, values + n);
        out.resize(padded, values[n - 1]); // a real point's values: every lane stays finite
        return out;
    };
    m_logN = pad(logN);
    m_logD = pad(logD);
    m_logL = pad(logL);
    m_weight.assign(padded, 0.0);
    std::fill_n(m_weight.begin(), n, 1.0);
    m_wN.resize(padded);
    m_wD.resize(padded);
    m_logSum.resize(padded);
    m_points = {m_logN.data(), m_logD.data(), m_logL.data(), m_weight.data(),
                m_wN.data(),   m_wD.data(),   m_logSum.data(), static_cast<std::ptrdiff_t>(padded)};
}

double HuberKernel::operator()(const double *x, double delta, double *grad)
{
    switch (m_level) {
#if FRONTIER_FIT_SIMD
    case SimdLevel::Avx2: return huberSumAvx2(m_points, x, delta, grad);
    case SimdLevel::Avx512: return huberSumAvx512(m_points, x, delta, grad);
#endif
    default: throw std::logic_error("HuberKernel: no vectorised kernel for " + simdLevelName(m_level));
    }
}

} // namespace frontier::fitting
