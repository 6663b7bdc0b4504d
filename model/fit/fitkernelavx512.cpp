// The kernel for AVX-512 CPUs (compiled with -mavx512f -mfma; called only when the CPU has them).
#include "model/fit/fitkernellanes.h"

// GCC 12's AVX-512 intrinsics start from _mm512_undefined_pd() and warn about it wherever they are
// inlined (GCC bug 105593, fixed in GCC 13): the warnings are about the header, not this code.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>

extern "C" {
// glibc's libmvec, vector ABI names for 8 doubles in a zmm register.
__m512d _ZGVeN8v_exp(__m512d);
__m512d _ZGVeN8v_log(__m512d);
}

namespace frontier::fitting {

namespace {

struct Lanes
{
    using V = __m512d;
    static constexpr std::ptrdiff_t width = 8;
    static V broadcast(double v) { return _mm512_set1_pd(v); }
    static V load(const double *p) { return _mm512_loadu_pd(p); }
    static void store(double *p, V v) { _mm512_storeu_pd(p, v); }
    static V exp(V v) { return _ZGVeN8v_exp(v); }
    static V log(V v) { return _ZGVeN8v_log(v); }
    static V min(V a, V b) { return _mm512_min_pd(a, b); }
    static V max(V a, V b) { return _mm512_max_pd(a, b); }
    // 1/v from the 14-bit estimate and two Newton steps y += y·(1 - v·y) (14 -> 28 -> 53+ bits):
    // a quarter of the cost of a division, which was a fifth of the whole fit.
    static V reciprocal(V v)
    {
        const V one = _mm512_set1_pd(1);
        V y = _mm512_rcp14_pd(v);
        y = _mm512_fmadd_pd(y, _mm512_fnmadd_pd(v, y, one), y);
        return _mm512_fmadd_pd(y, _mm512_fnmadd_pd(v, y, one), y);
    }
    static double sum(V v) { return _mm512_reduce_add_pd(v); }
};

} // namespace

double huberSumAvx512(const KernelPoints &points, const double *x, double delta, double *grad)
{
    return huberSumLanes<Lanes>(points, x, delta, grad);
}

} // namespace frontier::fitting

#pragma GCC diagnostic pop
