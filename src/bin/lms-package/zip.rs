//! A zip archive writer: deflated entries, one central directory, no zip64 (a package is a few megabytes). Only
//! what SCORM packages need; the format is PKWARE's APPNOTE.

use miniz_oxide::deflate::compress_to_vec;
use roadmap_quiz::checksum::crc32;

/// DOS date 2026-01-01, 00:00: a fixed time, so the same `dist/` always packs to the same bytes.
const DOS_DATE: u16 = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DEFLATE: u16 = 8;
const STORED: u16 = 0;
/// Version 2.0, the first with deflate and folders.
const VERSION: u16 = 20;
/// Bit 11: names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;

/// A zip archive being written to memory.
#[derive(Default)]
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

/// Why an archive cannot be written.
#[derive(Debug, PartialEq, Eq)]
pub enum ZipError {
    /// More than the 65,535 entries or 4 GiB a zip without zip64 holds.
    TooLarge,
}

impl ZipWriter {
    /// Adds a file at `name` (forward slashes, relative), deflated unless that would make it larger.
    pub fn add(&mut self, name: &str, data: &[u8]) -> Result<(), ZipError> {
        let deflated = compress_to_vec(data, 9);
        let (method, body) = if deflated.len() < data.len() {
            (DEFLATE, deflated.as_slice())
        } else {
            (STORED, data)
        };
        let offset = small(self.out.len())?;
        let fields = EntryFields {
            method,
            crc: crc32(data),
            compressed: small(body.len())?,
            size: small(data.len())?,
            name: name.as_bytes(),
        };
        self.out.extend_from_slice(&0x0403_4b50_u32.to_le_bytes());
        fields.write_common(&mut self.out)?;
        self.out.extend_from_slice(&0_u16.to_le_bytes());
        self.out.extend_from_slice(fields.name);
        self.out.extend_from_slice(body);

        self.central
            .extend_from_slice(&0x0201_4b50_u32.to_le_bytes());
        self.central.extend_from_slice(&VERSION.to_le_bytes());
        fields.write_common(&mut self.central)?;
        // Extra field, comment, disk number, internal and external attributes.
        for _ in 0..3 {
            self.central.extend_from_slice(&0_u16.to_le_bytes());
        }
        self.central.extend_from_slice(&0_u16.to_le_bytes());
        self.central.extend_from_slice(&0_u32.to_le_bytes());
        self.central.extend_from_slice(&offset.to_le_bytes());
        self.central.extend_from_slice(fields.name);
        self.entries = self.entries.checked_add(1).ok_or(ZipError::TooLarge)?;
        Ok(())
    }

    /// The whole archive: the entries, their central directory and its end record.
    pub fn finish(mut self) -> Result<Vec<u8>, ZipError> {
        let start = small(self.out.len())?;
        let size = small(self.central.len())?;
        self.out.extend_from_slice(&self.central);
        self.out.extend_from_slice(&0x0605_4b50_u32.to_le_bytes());
        self.out.extend_from_slice(&[0; 4]);
        self.out.extend_from_slice(&self.entries.to_le_bytes());
        self.out.extend_from_slice(&self.entries.to_le_bytes());
        self.out.extend_from_slice(&size.to_le_bytes());
        self.out.extend_from_slice(&start.to_le_bytes());
        self.out.extend_from_slice(&0_u16.to_le_bytes());
        Ok(self.out)
    }
}

/// The fields a local header and a central directory entry share, from "version needed" to the name's length.
struct EntryFields<'a> {
    method: u16,
    crc: u32,
    compressed: u32,
    size: u32,
    name: &'a [u8],
}

impl EntryFields<'_> {
    fn write_common(&self, out: &mut Vec<u8>) -> Result<(), ZipError> {
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&UTF8_NAMES.to_le_bytes());
        out.extend_from_slice(&self.method.to_le_bytes());
        out.extend_from_slice(&0_u16.to_le_bytes());
        out.extend_from_slice(&DOS_DATE.to_le_bytes());
        out.extend_from_slice(&self.crc.to_le_bytes());
        out.extend_from_slice(&self.compressed.to_le_bytes());
        out.extend_from_slice(&self.size.to_le_bytes());
        let name_len = u16::try_from(self.name.len()).map_err(|_| ZipError::TooLarge)?;
        out.extend_from_slice(&name_len.to_le_bytes());
        Ok(())
    }
}

fn small(n: usize) -> Result<u32, ZipError> {
    u32::try_from(n).map_err(|_| ZipError::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_archive_ends_with_its_directory_and_counts_its_entries() {
        let mut zip = ZipWriter::default();
        zip.add("a.txt", b"hello hello hello hello").unwrap();
        zip.add("dir/b.bin", &[7]).unwrap();
        let bytes = zip.finish().unwrap();
        let end = &bytes[bytes.len() - 22..];
        assert_eq!(&end[..4], &[0x50, 0x4b, 0x05, 0x06]);
        assert_eq!(u16::from_le_bytes([end[10], end[11]]), 2);
        assert_eq!(&bytes[..4], &[0x50, 0x4b, 0x03, 0x04]);
    }
}
