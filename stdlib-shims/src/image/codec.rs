//! Image files to pixels and back: PNG (through `png`, so that palette
//! images keep their indices), JPEG (`jpeg.rs`) and BMP (through `image`), with
//! Pillow's choice of mode for each kind of file.

use super::pixels::Pixels;
use image::{ExtendedColorType, ImageDecoder, ImageEncoder};
use std::io::Cursor;

/// The most pixels a file may have: Pillow's `DecompressionBombError`
/// limit (twice `Image.MAX_IMAGE_PIXELS`).
pub const MAX_PIXELS: usize = 2 * 89_478_485;

/// A PNG decoder allowed to allocate what the largest image needs.
fn png_decoder(bytes: &[u8]) -> png::Decoder<Cursor<&[u8]>> {
    png::Decoder::new_with_limits(
        Cursor::new(bytes),
        png::Limits {
            bytes: MAX_PIXELS * 8,
        },
    )
}

/// A decoded file: what `Image.open` needs.
pub struct Decoded {
    /// Pillow's format name: "PNG", "JPEG" or "BMP".
    pub format: &'static str,
    /// Pillow's mode: "L", "RGB", "RGBA" or "P".
    pub mode: &'static str,
    /// The samples (palette indices for "P").
    pub pixels: Pixels,
    /// For "P": the palette, 3 bytes per entry.
    pub palette: Option<Vec<u8>>,
    /// A PNG's tRNS chunk: the alpha of each palette entry ("P"), or the
    /// colour key ("L", "RGB": one sample per channel, 1 or 2 bytes each).
    pub transparency: Option<Vec<u8>>,
}

/// What the header says, without decoding the pixels.
pub struct Header {
    /// Pillow's format name.
    pub format: &'static str,
    /// Pillow's mode.
    pub mode: &'static str,
    /// Columns.
    pub width: usize,
    /// Rows.
    pub height: usize,
}

/// Why a file could not be read.
pub enum Failure {
    /// Not a PNG, JPEG or BMP header at all (Pillow's UnidentifiedImageError).
    Unidentified,
    /// A known format whose contents are broken or truncated (OSError).
    Broken(String),
    /// A valid file of a kind this module does not read (the message says which).
    Unsupported(String),
}

/// Other formats Pillow reads, by their first bytes: named in the error.
const OTHER_FORMATS: &[(&[u8], &str)] = &[
    (b"GIF8", "GIF"),
    (b"II*\0", "TIFF"),
    (b"MM\0*", "TIFF"),
    (b"RIFF", "WEBP"),
    (b"\0\0\x01\0", "ICO"),
];

/// The format the first bytes name.
fn sniff(bytes: &[u8]) -> Result<&'static str, Failure> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Ok("PNG")
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Ok("JPEG")
    } else if bytes.starts_with(b"BM") {
        Ok("BMP")
    } else if let Some((_, name)) = OTHER_FORMATS.iter().find(|(m, _)| bytes.starts_with(m)) {
        Err(Failure::Unsupported(format!(
            "taipan's PIL and cv2 read PNG, JPEG and BMP files, not {name}"
        )))
    } else {
        Err(Failure::Unidentified)
    }
}

fn unidentified<E>(_: E) -> Failure {
    Failure::Unidentified
}

fn broken(e: impl std::fmt::Display) -> Failure {
    Failure::Broken(e.to_string())
}

/// Reads the header only: format, mode and size.
pub fn probe(bytes: &[u8]) -> Result<Header, Failure> {
    let format = sniff(bytes)?;
    let (mode, width, height) = match format {
        "PNG" => {
            let reader = png_decoder(bytes).read_info().map_err(unidentified)?;
            let info = reader.info();
            (png_mode(info)?, info.width, info.height)
        }
        "JPEG" => {
            let (mode, w, h) = super::jpeg::probe(bytes)?;
            (mode, w as u32, h as u32)
        }
        _ => {
            let mut d =
                image::codecs::bmp::BmpDecoder::new(Cursor::new(bytes)).map_err(unidentified)?;
            d.set_indexed_color(true);
            let (w, h) = d.dimensions();
            let mode = match d.get_palette() {
                Some(p) => palette_mode(p)?,
                None => bmp_direct_mode(d.color_type()),
            };
            (mode, w, h)
        }
    };
    Ok(Header {
        format,
        mode,
        width: width as usize,
        height: height as usize,
    })
}

/// Decodes a whole file.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Failure> {
    let header = probe(bytes)?;
    let pixels = header.width.saturating_mul(header.height);
    if pixels > MAX_PIXELS {
        return Err(Failure::Unsupported(format!(
            "Image size ({pixels} pixels) exceeds limit of {MAX_PIXELS} pixels, \
             could be decompression bomb DOS attack."
        )));
    }
    match header.format {
        "PNG" => decode_png(bytes),
        "JPEG" => decode_jpeg(bytes),
        _ => decode_bmp(bytes),
    }
}

/// Pillow's mode for a PNG's colour type and depth, where this module
/// reads it.
fn png_mode(info: &png::Info<'_>) -> Result<&'static str, Failure> {
    use png::{BitDepth, ColorType};
    match (info.color_type, info.bit_depth) {
        (ColorType::Grayscale, BitDepth::Eight) => Ok("L"),
        (ColorType::Grayscale, BitDepth::Sixteen) => Ok("I;16"),
        (ColorType::Rgb, BitDepth::Eight | BitDepth::Sixteen) => Ok("RGB"),
        (ColorType::Rgba, BitDepth::Eight | BitDepth::Sixteen) => Ok("RGBA"),
        (ColorType::Indexed, _) => Ok("P"),
        (c, d) => Err(Failure::Unsupported(format!(
            "taipan's PIL reads no {c:?} PNGs of {} bits per sample (Pillow modes 1, I;16, LA)",
            d as u8
        ))),
    }
}

/// Samples per pixel of a decoded mode (a "…;16" mode counts bytes).
fn mode_channels(mode: &str) -> usize {
    let n = match mode.trim_end_matches(";16") {
        "RGB" => 3,
        "RGBA" => 4,
        _ => 1,
    };
    n << usize::from(mode.ends_with(";16"))
}

fn decode_png(bytes: &[u8]) -> Result<Decoded, Failure> {
    let mut reader = png_decoder(bytes).read_info().map_err(unidentified)?;
    let info = reader.info();
    // 16-bit samples stay big-endian byte pairs ("…;16" modes, twice the
    // channels) for cv2's IMREAD_ANYDEPTH; PIL keeps their high bytes.
    let wide = info.bit_depth == png::BitDepth::Sixteen;
    let mode = match (wide, info.color_type) {
        (true, png::ColorType::Rgb) => "RGB;16",
        (true, png::ColorType::Rgba) => "RGBA;16",
        _ => png_mode(info)?,
    };
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| broken("image too large"))?;
    let mut buf = vec![0; size];
    let out = reader.next_frame(&mut buf).map_err(broken)?;
    let (width, height) = (out.width as usize, out.height as usize);
    let info = reader.info();
    let channels = mode_channels(mode);
    let depth = out.bit_depth as usize;
    let data = if depth < 8 {
        unpack_bits(&buf, out.line_size, width, height, depth)
    } else {
        let row = width * channels;
        (0..height)
            .flat_map(|y| &buf[y * out.line_size..y * out.line_size + row])
            .copied()
            .collect()
    };
    Ok(Decoded {
        format: "PNG",
        mode,
        pixels: Pixels {
            data,
            height,
            width,
            channels,
        },
        palette: info.palette.as_ref().map(|p| p.to_vec()),
        transparency: info.trns.as_ref().map(|t| t.to_vec()),
    })
}

/// Palette indices packed `depth` (1, 2 or 4) bits each, one byte each.
fn unpack_bits(buf: &[u8], line: usize, width: usize, height: usize, depth: usize) -> Vec<u8> {
    let per_byte = 8 / depth;
    let mask = (1u8 << depth) - 1;
    let mut out = Vec::with_capacity(width * height);
    for y in 0..height {
        let row = &buf[y * line..(y + 1) * line];
        for x in 0..width {
            let shift = 8 - depth * (x % per_byte + 1);
            out.push((row[x / per_byte] >> shift) & mask);
        }
    }
    out
}

fn decode_jpeg(bytes: &[u8]) -> Result<Decoded, Failure> {
    let (mode, pixels) = super::jpeg::decode(bytes)?;
    Ok(Decoded {
        format: "JPEG",
        mode,
        pixels,
        palette: None,
        transparency: None,
    })
}

/// Pillow's mode for a BMP with a palette: "L" when entry i is (i, i, i)
/// for every i, else "P" (two-entry black-and-white files are mode "1",
/// which this module does not read).
fn palette_mode(palette: &[[u8; 3]]) -> Result<&'static str, Failure> {
    let grey = palette
        .iter()
        .enumerate()
        .all(|(i, rgb)| rgb.iter().all(|&v| usize::from(v) == i));
    if palette.len() == 2 && palette[0] == [0; 3] && palette[1] == [255; 3] {
        return Err(Failure::Unsupported(
            "taipan's PIL reads no 1-bit BMPs (Pillow mode 1)".into(),
        ));
    }
    Ok(if grey { "L" } else { "P" })
}

fn bmp_direct_mode(c: image::ColorType) -> &'static str {
    if c == image::ColorType::Rgba8 {
        "RGBA"
    } else {
        "RGB"
    }
}

fn decode_bmp(bytes: &[u8]) -> Result<Decoded, Failure> {
    let mut d = image::codecs::bmp::BmpDecoder::new(Cursor::new(bytes)).map_err(unidentified)?;
    d.set_indexed_color(true);
    let (w, h) = d.dimensions();
    let (mode, palette) = match d.get_palette() {
        Some(p) => (palette_mode(p)?, Some(p.concat())),
        None => (bmp_direct_mode(d.color_type()), None),
    };
    if palette.is_none() {
        // Direct colour: decode again with the colours applied.
        d = image::codecs::bmp::BmpDecoder::new(Cursor::new(bytes)).map_err(broken)?;
    }
    let channels = mode_channels(mode);
    let mut data = vec![0; d.total_bytes() as usize];
    d.read_image(&mut data).map_err(broken)?;
    Ok(Decoded {
        format: "BMP",
        mode,
        pixels: Pixels {
            data,
            height: h as usize,
            width: w as usize,
            channels,
        },
        palette: if mode == "P" { palette } else { None },
        transparency: None,
    })
}

/// What `save` writes: the file's bytes, or why it cannot.
pub fn encode(
    format: &str,
    mode: &str,
    pixels: &Pixels,
    palette: Option<&[u8]>,
    quality: u8,
) -> Result<Vec<u8>, String> {
    if super::modes::channels(mode) != Some(pixels.channels) || mode == "RGBa" {
        return Err(format!("cannot write mode {mode} as {format}"));
    }
    let too_big = |_| format!("image too large to write as {format}");
    let w = u32::try_from(pixels.width).map_err(too_big)?;
    let h = u32::try_from(pixels.height).map_err(too_big)?;
    let colour = match mode {
        "RGB" => ExtendedColorType::Rgb8,
        "RGBA" => ExtendedColorType::Rgba8,
        _ => ExtendedColorType::L8,
    };
    let palette = if mode == "P" {
        Some(palette.unwrap_or(&[]))
    } else {
        None
    };
    let mut out = Vec::new();
    let failed = |e: &dyn std::fmt::Display| e.to_string();
    match format {
        "PNG" => {
            let mut e = png::Encoder::new(&mut out, w, h);
            e.set_color(match mode {
                "L" => png::ColorType::Grayscale,
                "RGB" => png::ColorType::Rgb,
                "RGBA" => png::ColorType::Rgba,
                _ => png::ColorType::Indexed,
            });
            e.set_depth(png::BitDepth::Eight);
            if let Some(p) = palette {
                e.set_palette(p.to_vec());
            }
            let mut writer = e.write_header().map_err(|e| failed(&e))?;
            writer
                .write_image_data(&pixels.data)
                .map_err(|e| failed(&e))?;
            writer.finish().map_err(|e| failed(&e))?;
        }
        "JPEG" if mode == "L" || mode == "RGB" => {
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
                .write_image(&pixels.data, w, h, colour)
                .map_err(|e| failed(&e))?;
        }
        "BMP" => {
            let entries: Option<Vec<[u8; 3]>> =
                palette.map(|p| p.chunks_exact(3).map(|c| [c[0], c[1], c[2]]).collect());
            image::codecs::bmp::BmpEncoder::new(&mut out)
                .encode_with_palette(&pixels.data, w, h, colour, entries.as_deref())
                .map_err(|e| failed(&e))?;
        }
        _ => return Err(format!("cannot write mode {mode} as {format}")),
    }
    Ok(out)
}
