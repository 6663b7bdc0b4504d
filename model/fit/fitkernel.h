#pragma once
// Hoffmann's Huber sum with its gradient, vectorised. A grid fit evaluates it about 300,000 times
// on a few hundred points, and two exp() and one log() per point are nearly all of the cost; glibc's
// libmvec evaluates 4 (AVX2) or 8 (AVX-512) of them at once. On Epoch's 240 points one evaluation
// takes 4.4 us portable, 1.1 us with AVX2 and 0.84 us with AVX-512 (bench_fit BM_HuberSum).
// The CPU is asked once which of these it runs; HuberSum (fitobjective.h) calls the kernel and
// falls back to its portable loops where the kernel does not apply.
//
// The ISA-specific halves live in fitkernelavx2.cpp and fitkernelavx512.cpp, compiled with -mavx2 /
// -mavx512f, and hold only intrinsics and the body in fitkernellanes.h: nothing there may be an
// inline function shared with the rest of the program (the linker could keep the AVX copy).

#include <cstddef>
#include <string>
#include <vector>

namespace frontier::fitting {

enum class SimdLevel {
    Portable, // plain loops over std::exp and std::log (fitobjective.cpp)
    Avx2,     // 4 lanes, libmvec's _ZGVdN4v_exp / _ZGVdN4v_log
    Avx512    // 8 lanes, libmvec's _ZGVeN8v_exp / _ZGVeN8v_log
};

std::string simdLevelName(SimdLevel level);
// The levels this build and this CPU can run, Portable first; the last is the fastest.
const std::vector<SimdLevel> &availableSimdLevels();
SimdLevel fastestSimdLevel();

// Code compiled for SSE runs ~25× slower while the upper halves of the AVX registers are "dirty".
// Qt leaves them so (QCommandLineParser's set-up is enough, on Debian 12's Qt 6.4 here), and this
// snapshot's L-BFGS and libm's scalar exp are SSE code: clear them before a run. A no-op without AVX.
void clearUpperVectorState();

// The points laid out for the kernel: padded to a whole number of 8-lane blocks with copies of the
// last point of weight 0, so no lane needs a mask. Scratch buffers too, so a kernel is per thread.
struct KernelPoints
{
    const double *logN = nullptr, *logD = nullptr, *logL = nullptr, *weight = nullptr;
    double *wN = nullptr, *wD = nullptr, *logSum = nullptr;
    std::ptrdiff_t size = 0; // a multiple of 8
};

// x = (a_c, b_c, e, alpha, beta) as in fitobjective.h; returns sum_i Huber_delta(r_i) and writes its
// gradient (5 entries). Valid only where no exp() overflows (LawResiduals::unshiftedIsSafe).
double huberSumAvx2(const KernelPoints &points, const double *x, double delta, double *grad);
double huberSumAvx512(const KernelPoints &points, const double *x, double delta, double *grad);

class HuberKernel
{
public:
    HuberKernel(const double *logN, const double *logD, const double *logL, std::ptrdiff_t count,
                SimdLevel level);
    SimdLevel level() const { return m_level; }
    // Portable has no kernel: callers use their own loops.
    double operator()(const double *x, double delta, double *grad);

private:
    SimdLevel m_level;
    std::vector<double> m_logN, m_logD, m_logL, m_weight, m_wN, m_wD, m_logSum;
    KernelPoints m_points;
};

} // namespace frontier::fitting
