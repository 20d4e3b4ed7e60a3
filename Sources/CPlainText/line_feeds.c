#include "line_feeds.h"

#if defined(__SSE2__)
#include <emmintrin.h>

size_t argmap_line_feeds(const uint8_t *bytes, size_t count) {
    const __m128i line_feed = _mm_set1_epi8('\n');
    size_t total = 0;
    size_t i = 0;
    while (i + 16 <= count) {
        // Each lane counts up to 255 line feeds (a match is -1, subtracted), then the lanes are summed.
        __m128i lanes = _mm_setzero_si128();
        const size_t block_end = i + 255 * 16 <= count ? i + 255 * 16 : count - (count - i) % 16;
        for (; i < block_end; i += 16) {
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(bytes + i)), line_feed));
        }
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        total += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    }
    for (; i < count; i++) total += bytes[i] == '\n';
    return total;
}
#else
size_t argmap_line_feeds(const uint8_t *bytes, size_t count) {
    size_t total = 0;
    for (size_t i = 0; i < count; i++) total += bytes[i] == '\n';
    return total;
}
#endif
