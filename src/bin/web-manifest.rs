//! `cargo run --bin web-manifest -- <dir>`: writes what installing the app needs into `<dir>`: the web app
//! manifest (`manifest.webmanifest`) and its icons, drawn here from one design (the favicon's: a rising line on a
//! blue rounded square) as SVG and as the PNG sizes browsers ask for (192 and 512, and a maskable 512 whose glyph
//! keeps inside the safe zone). Trunk runs it after each build (see Trunk.toml).

use miniz_oxide::deflate::compress_to_vec_zlib;
use roadmap_quiz::checksum::crc32_continue;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The brand blue, and the page backgrounds of the light and dark themes (style/main.css).
const BLUE: [u8; 3] = [0x1d, 0x4e, 0xd8];
const LIGHT_BACKGROUND: &str = "#f7f7f5";
/// The line, on a 16-unit grid.
const LINE: [(f64, f64); 5] = [
    (4.0, 11.0),
    (7.0, 5.0),
    (9.0, 9.0),
    (10.0, 7.0),
    (12.0, 11.0),
];
const STROKE: f64 = 1.5;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: web-manifest <dist folder>");
        return ExitCode::from(2);
    };
    match write(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!(
                "error: cannot write the web app manifest into {}: {err}",
                dir.display()
            );
            ExitCode::FAILURE
        }
    }
}

fn write(dir: &Path) -> Result<(), String> {
    let put = |name: &str, data: &[u8]| {
        std::fs::write(dir.join(name), data).map_err(|err| format!("{name}: {err}"))
    };
    put("manifest.webmanifest", manifest().as_bytes())?;
    put("icon.svg", svg().as_bytes())?;
    put("icon-192.png", &png(192, false))?;
    put("icon-512.png", &png(512, false))?;
    put("icon-maskable-512.png", &png(512, true))
}

fn manifest() -> String {
    let blue = format!("#{:02x}{:02x}{:02x}", BLUE[0], BLUE[1], BLUE[2]);
    format!(
        r#"{{
  "name": "Roadmap Quiz",
  "short_name": "Roadmap Quiz",
  "description": "Find where you stand in Python and what to study next.",
  "start_url": "./",
  "scope": "./",
  "display": "standalone",
  "background_color": "{LIGHT_BACKGROUND}",
  "theme_color": "{blue}",
  "icons": [
    {{ "src": "icon.svg", "sizes": "any", "type": "image/svg+xml" }},
    {{ "src": "icon-192.png", "sizes": "192x192", "type": "image/png" }},
    {{ "src": "icon-512.png", "sizes": "512x512", "type": "image/png" }},
    {{ "src": "icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" }}
  ]
}}
"#
    )
}

fn svg() -> String {
    let points: Vec<String> = LINE.iter().map(|(x, y)| format!("{x} {y}")).collect();
    format!(
        concat!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">"##,
            r##"<rect width="16" height="16" rx="3" fill="#{:02x}{:02x}{:02x}"/><path d="M{}" stroke="#fff" "##,
            r##"stroke-width="{}" stroke-linecap="round" stroke-linejoin="round" fill="none"/></svg>"##,
            "\n"
        ),
        BLUE[0],
        BLUE[1],
        BLUE[2],
        points.join(" L"),
        STROKE
    )
}

/// The icon as RGBA pixels, `size` square. A maskable icon fills the square and draws the line at 80%, inside
/// the circle every platform's mask keeps.
fn pixels(size: u32, maskable: bool) -> Vec<u8> {
    let unit = f64::from(size) / 16.0;
    let scale = if maskable { 0.8 } else { 1.0 };
    let mut out = Vec::with_capacity((size * size * 4) as usize);
    for py in 0..size {
        for px in 0..size {
            // The pixel's centre on the 16-unit grid, and on the line's (scaled about the centre).
            let (x, y) = ((f64::from(px) + 0.5) / unit, (f64::from(py) + 0.5) / unit);
            let (lx, ly) = ((x - 8.0) / scale + 8.0, (y - 8.0) / scale + 8.0);
            let inside = if maskable {
                1.0
            } else {
                rounded_square(x, y, 3.0, unit)
            };
            let distance = LINE
                .windows(2)
                .map(|pair| segment_distance((lx, ly), pair[0], pair[1]))
                .fold(f64::MAX, f64::min);
            let line = ((STROKE / 2.0 - distance) * unit * scale + 0.5).clamp(0.0, 1.0);
            for channel in BLUE {
                out.push((f64::from(channel) * (1.0 - line) + 255.0 * line).round() as u8);
            }
            out.push((inside * 255.0).round() as u8);
        }
    }
    out
}

/// How much of the pixel at (x, y) lies inside the 16-unit square with corners of radius `r` (0 to 1).
fn rounded_square(x: f64, y: f64, r: f64, unit: f64) -> f64 {
    let (cx, cy) = (x.clamp(r, 16.0 - r), y.clamp(r, 16.0 - r));
    let outside = ((x - cx).hypot(y - cy) - r).max(0.0);
    let edge = x.min(y).min(16.0 - x).min(16.0 - y);
    ((1.0 - outside * unit).min(edge * unit + 0.5)).clamp(0.0, 1.0)
}

fn segment_distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
    (p.0 - (a.0 + t * dx)).hypot(p.1 - (a.1 + t * dy))
}

/// A PNG of the icon: 8-bit RGBA, one zlib stream, no filtering.
fn png(size: u32, maskable: bool) -> Vec<u8> {
    let pixels = pixels(size, maskable);
    let row = (size * 4) as usize;
    let mut raw = Vec::with_capacity(pixels.len() + size as usize);
    for line in pixels.chunks(row) {
        raw.push(0);
        raw.extend_from_slice(line);
    }
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut out = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"IDAT", &compress_to_vec_zlib(&raw, 9));
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&(crc32_continue(crc32_continue(!0, kind), data) ^ !0).to_be_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use roadmap_quiz::checksum::crc32;

    #[test]
    fn a_png_has_its_signature_header_and_end() {
        let image = png(16, false);
        assert_eq!(
            &image[..8],
            &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a]
        );
        assert_eq!(&image[12..16], b"IHDR");
        assert_eq!(
            u32::from_be_bytes([image[16], image[17], image[18], image[19]]),
            16
        );
        assert_eq!(&image[image.len() - 8..image.len() - 4], b"IEND");
        assert_eq!(&image[image.len() - 4..], &crc32(b"IEND").to_be_bytes());
    }

    #[test]
    fn the_icon_is_blue_with_a_white_line_and_transparent_corners() {
        let image = pixels(160, false);
        let at = |x: usize, y: usize| &image[(y * 160 + x) * 4..(y * 160 + x) * 4 + 4];
        assert_eq!(at(0, 0)[3], 0, "a rounded corner");
        assert_eq!(at(80, 150), &[BLUE[0], BLUE[1], BLUE[2], 255]);
        assert_eq!(at(70, 50), &[255, 255, 255, 255], "on the line at (7, 5)");
        assert_eq!(
            pixels(160, true)[3],
            255,
            "a maskable icon fills its square"
        );
    }
}
