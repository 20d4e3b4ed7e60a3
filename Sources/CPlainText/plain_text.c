#include "plain_text.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__SSE2__)
/// The lanes of `lanes` that are markup, and those that are a space after a space (lane 0 after
/// `space_before`), as bit masks. Any control byte up to a carriage return counts as markup: tab,
/// line feed and carriage return are, and the few others only send a text the slower way, which
/// reads them the same; one unsigned minimum tests them all.
static unsigned not_plain_lanes(__m128i lanes, unsigned space_before, unsigned *spaces) {
    __m128i markup = _mm_cmpeq_epi8(_mm_min_epu8(lanes, _mm_set1_epi8('\r')), lanes);
    markup = _mm_or_si128(markup, _mm_cmpeq_epi8(lanes, _mm_set1_epi8('\\')));
    markup = _mm_or_si128(markup, _mm_cmpeq_epi8(lanes, _mm_set1_epi8('#')));
    markup = _mm_or_si128(markup, _mm_cmpeq_epi8(lanes, _mm_set1_epi8('@')));
    markup = _mm_or_si128(markup, _mm_cmpeq_epi8(lanes, _mm_set1_epi8('[')));
    markup = _mm_or_si128(markup, _mm_cmpeq_epi8(lanes, _mm_set1_epi8('*')));
    markup = _mm_or_si128(markup, _mm_cmpeq_epi8(lanes, _mm_set1_epi8('_')));
    *spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(lanes, _mm_set1_epi8(' ')));
    return (unsigned)_mm_movemask_epi8(markup) | (*spaces & ((*spaces << 1) | space_before));
}

bool argmap_bytes_are_plain(const uint8_t *bytes, size_t count) {
    unsigned spaces = 0;
    if (count < 16) {
        __m128i lanes;
        if (count >= 8) {
            // The first eight bytes and the last eight, which overlap: every pair of neighbours is
            // in one of them. Lanes 7 and 8 are no neighbours, so two spaces there only send a
            // text the slower way.
            lanes = _mm_unpacklo_epi64(_mm_loadl_epi64((const __m128i *)bytes), _mm_loadl_epi64((const __m128i *)(bytes + count - 8)));
        } else {
            // A letter is neither markup nor a space, so the bytes past the text change nothing.
            uint8_t padded[16];
            for (size_t i = 0; i < 16; i++) padded[i] = i < count ? bytes[i] : 'a';
            lanes = _mm_loadu_si128((const __m128i *)padded);
        }
        return not_plain_lanes(lanes, 0, &spaces) == 0;
    }
    size_t i = 0;
    for (; i + 16 <= count; i += 16) {
        const unsigned space_before = spaces >> 15;
        if (not_plain_lanes(_mm_loadu_si128((const __m128i *)(bytes + i)), space_before, &spaces) != 0) return false;
    }
    // The last sixteen bytes, some checked already: each lane's byte before it is in the text too.
    if (i < count) {
        const size_t last = count - 16;
        const unsigned space_before = bytes[last - 1] == ' ';
        if (not_plain_lanes(_mm_loadu_si128((const __m128i *)(bytes + last)), space_before, &spaces) != 0) return false;
    }
    return true;
}
#else
static bool is_markup(uint8_t byte) {
    switch (byte) {
    case '\\': case '#': case '@': case '[': case '*': case '_': case '\t': case '\r': case '\n':
        return true;
    default:
        return false;
    }
}

bool argmap_bytes_are_plain(const uint8_t *bytes, size_t count) {
    bool after_space = false;
    for (size_t i = 0; i < count; i++) {
        const bool is_space = bytes[i] == ' ';
        if (is_markup(bytes[i]) || (is_space && after_space)) return false;
        after_space = is_space;
    }
    return true;
}
#endif

bool argmap_trimmed_bytes_are_plain(const uint8_t *bytes, size_t *start, size_t *end) {
    size_t first = *start, stop = *end;
    while (first < stop && bytes[first] == ' ') first++;
    while (stop > first && bytes[stop - 1] == ' ') stop--;
    *start = first;
    *end = stop;
    return argmap_bytes_are_plain(bytes + first, stop - first);
}

size_t argmap_ascii_run_length(const uint8_t *bytes, size_t count) {
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= count; i += 16) {
        const __m128i lanes = _mm_loadu_si128((const __m128i *)(bytes + i));
        // A lane's high bit marks a byte past ASCII; `cmpeq` with zero sets it for NUL.
        const unsigned stops = (unsigned)_mm_movemask_epi8(_mm_or_si128(lanes, _mm_cmpeq_epi8(lanes, zero)));
        if (stops != 0) return i + (size_t)__builtin_ctz(stops);
    }
#endif
    while (i < count && bytes[i] != 0 && bytes[i] < 0x80) i++;
    return i;
}

#if defined(__SSE2__)
/// The lanes of `lanes` equal to one of the `n` bytes broadcast in `set`, as a bit mask.
static inline __attribute__((always_inline)) unsigned lanes_in_set(__m128i lanes, const __m128i *set, int n) {
    __m128i found = _mm_cmpeq_epi8(lanes, set[0]);
    for (int k = 1; k < n; k++) found = _mm_or_si128(found, _mm_cmpeq_epi8(lanes, set[k]));
    return (unsigned)_mm_movemask_epi8(found);
}

/// `argmap_first_of` for a set of `n` bytes, `count` at least sixteen; inlined for each `n`, so
/// its comparisons unroll.
static inline __attribute__((always_inline)) size_t first_of_n(const uint8_t *bytes, size_t count, size_t start, const uint8_t *set, int n) {
    __m128i broadcast[8];
    for (int k = 0; k < n; k++) broadcast[k] = _mm_set1_epi8((char)set[k]);
    size_t i = start;
    for (; i + 16 <= count; i += 16) {
        const unsigned found = lanes_in_set(_mm_loadu_si128((const __m128i *)(bytes + i)), broadcast, n);
        if (found != 0) return i + (size_t)__builtin_ctz(found);
    }
    if (i == count) return count;
    // The last sixteen bytes of all, the lanes before `i` dropped: no byte is read one at a time.
    const size_t last = count - 16;
    const unsigned found = lanes_in_set(_mm_loadu_si128((const __m128i *)(bytes + last)), broadcast, n) >> (i - last);
    return found != 0 ? i + (size_t)__builtin_ctz(found) : count;
}
#endif

size_t argmap_first_of(const uint8_t *bytes, size_t count, size_t start, const uint8_t *set, size_t set_count) {
    size_t i = start;
    if (set_count == 0 || i >= count) return count > i ? count : i;
#if defined(__SSE2__)
    if (count >= 16) {
        switch (set_count) {
        case 1: return first_of_n(bytes, count, start, set, 1);
        case 2: return first_of_n(bytes, count, start, set, 2);
        case 3: return first_of_n(bytes, count, start, set, 3);
        case 4: return first_of_n(bytes, count, start, set, 4);
        case 5: return first_of_n(bytes, count, start, set, 5);
        case 6: return first_of_n(bytes, count, start, set, 6);
        case 7: return first_of_n(bytes, count, start, set, 7);
        default: return first_of_n(bytes, count, start, set, 8);
        }
    }
#endif
    if (set_count > 8) set_count = 8;
    uint64_t members[4] = {0, 0, 0, 0};
    for (size_t k = 0; k < set_count; k++) members[set[k] >> 6] |= (uint64_t)1 << (set[k] & 63);
    for (; i < count; i++) {
        if ((members[bytes[i] >> 6] >> (bytes[i] & 63)) & 1) return i;
    }
    return count;
}

size_t argmap_count_of(const uint8_t *bytes, size_t count, uint8_t byte) {
    size_t total = 0;
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i needle = _mm_set1_epi8((char)byte);
    while (i + 16 <= count) {
        // Each lane counts up to 255 matches before the lanes are added up.
        const size_t blocks = (count - i) / 16 < 255 ? (count - i) / 16 : 255;
        __m128i lanes = _mm_setzero_si128();
        for (size_t b = 0; b < blocks; b++, i += 16) {
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(bytes + i)), needle));
        }
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        total += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_extract_epi16(sums, 4);
    }
#endif
    for (; i < count; i++) total += bytes[i] == byte;
    return total;
}
