// The kernel for AVX2 + FMA CPUs (compiled with -mavx2 -mfma; called only when the CPU has them).
#include "model/fit/fitkernellanes.h"

#include <immintrin.h>

extern "C" {
// glibc's libmvec, vector ABI names for 4 doubles in a ymm register (math-vector.h declares them
// only under -ffast-math, which the rest of this code must not have).
__m256d _ZGVdN4v_exp(__m256d);
__m256d _ZGVdN4v_log(__m256d);
}

namespace frontier::fitting {

namespace {

struct Lanes
{
    using V = __m256d;
    static constexpr std::ptrdiff_t width = 4;
    static V broadcast(double v) { return _mm256_set1_pd(v); }
    static V load(const double *p) { return _mm256_loadu_pd(p); }
    static void store(double *p, V v) { _mm256_storeu_pd(p, v); }
    static V exp(V v) { return _ZGVdN4v_exp(v); }
    static V log(V v) { return _ZGVdN4v_log(v); }
    static V min(V a, V b) { return _mm256_min_pd(a, b); }
    static V max(V a, V b) { return _mm256_max_pd(a, b); }
    static V reciprocal(V v) { return _mm256_set1_pd(1) / v; }
    static double sum(V v)
    {
        const __m128d pair = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
        return _mm_cvtsd_f64(_mm_add_sd(pair, _mm_unpackhi_pd(pair, pair)));
    }
};

} // namespace

double huberSumAvx2(const KernelPoints &points, const double *x, double delta, double *grad)
{
    return huberSumLanes<Lanes>(points, x, delta, grad);
}

void clearUpperVectorStateAvx() { _mm256_zeroupper(); }

} // namespace frontier::fitting
