//! The checksums the build's tools write: CRC-32, which zip archives and PNG images require, and FNV-1a, which
//! names a file's content in the service worker's list. Bitwise and small, since they run once per build.

/// CRC-32 (IEEE 802.3, reflected), as zip and PNG define it.
pub fn crc32(data: &[u8]) -> u32 {
    crc32_continue(!0, data) ^ !0
}

/// Continues a CRC-32 over more bytes: start from `!0`, and finish with `^ !0` (what [`crc32`] does).
pub fn crc32_continue(mut crc: u32, data: &[u8]) -> u32 {
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    crc
}

/// FNV-1a, 64 bits: a fingerprint of `data` that changes when any byte does.
pub fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_check_values_hold() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(
            crc32_continue(crc32_continue(!0, b"1234"), b"56789") ^ !0,
            0xCBF4_3926
        );
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
