//! JPEG decoding: zune-jpeg's entropy decoding, IDCT and chroma
//! upsampling (libjpeg-turbo's "fancy" triangle filter), then
//! libjpeg-turbo's own YCbCr → RGB conversion (16-bit fixed point, its
//! rounding), which is what Pillow's decoder runs.

use super::codec::Failure;
use super::pixels::Pixels;
use zune_jpeg::zune_core::bytestream::ZCursor;
use zune_jpeg::zune_core::colorspace::ColorSpace;
use zune_jpeg::zune_core::options::DecoderOptions;
use zune_jpeg::JpegDecoder;

/// A decoder with its headers read.
fn headers(bytes: &[u8]) -> Result<JpegDecoder<ZCursor<&[u8]>>, Failure> {
    let mut d = JpegDecoder::new_with_options(ZCursor::new(bytes), DecoderOptions::default());
    d.decode_headers().map_err(|_| Failure::Unidentified)?;
    Ok(d)
}

/// Pillow's mode for the file's colour space, with the size.
pub fn probe(bytes: &[u8]) -> Result<(&'static str, usize, usize), Failure> {
    let d = headers(bytes)?;
    let (w, h) = d.dimensions().ok_or(Failure::Unidentified)?;
    Ok((mode(d.input_colorspace())?, w, h))
}

fn mode(space: Option<ColorSpace>) -> Result<&'static str, Failure> {
    match space {
        Some(ColorSpace::Luma) => Ok("L"),
        Some(ColorSpace::YCbCr | ColorSpace::RGB) => Ok("RGB"),
        other => Err(Failure::Unsupported(format!(
            "taipan's PIL reads no {other:?} JPEGs (Pillow mode CMYK)"
        ))),
    }
}

/// Decodes the whole file to "L" or "RGB" pixels.
pub fn decode(bytes: &[u8]) -> Result<(&'static str, Pixels), Failure> {
    let mut d = headers(bytes)?;
    let space = d.input_colorspace();
    let mode = mode(space)?;
    let (width, height) = d.dimensions().ok_or(Failure::Unidentified)?;
    let out_space = match space {
        Some(ColorSpace::Luma) => ColorSpace::Luma,
        Some(ColorSpace::RGB) => ColorSpace::RGB,
        _ => ColorSpace::YCbCr,
    };
    d.set_options(DecoderOptions::default().jpeg_set_out_colorspace(out_space));
    let mut data = d.decode().map_err(|e| Failure::Broken(format!("{e:?}")))?;
    let channels = if mode == "L" { 1 } else { 3 };
    if data.len() != width * height * channels || !complete(bytes) {
        return Err(Failure::Broken("image file is truncated".into()));
    }
    if out_space == ColorSpace::YCbCr {
        data.chunks_exact_mut(3).for_each(ycc_to_rgb);
    }
    Ok((
        mode,
        Pixels {
            data,
            height,
            width,
            channels,
        },
    ))
}

/// Whether the last scan ends with an end-of-image marker. zune-jpeg
/// fills in what a truncated file lacks; libjpeg (so Pillow) reports it.
/// Inside entropy-coded data 0xFF is always followed by 0x00 or a restart
/// marker, so the bytes FF DA mark a scan's start and FF D9 the end.
fn complete(bytes: &[u8]) -> bool {
    let find_last = |marker: u8| bytes.windows(2).rposition(|w| w == [0xff, marker]);
    match (find_last(0xda), find_last(0xd9)) {
        (Some(scan), Some(end)) => end > scan,
        _ => false,
    }
}

/// libjpeg's FIX(x): x in 16-bit fixed point, rounded.
const fn fix(x: f64) -> i32 {
    (x * 65536.0 + 0.5) as i32
}

/// One pixel from YCbCr to RGB in place, as libjpeg-turbo's jdcolor.c.
fn ycc_to_rgb(p: &mut [u8]) {
    const HALF: i32 = 1 << 15;
    let y = i32::from(p[0]);
    let cb = i32::from(p[1]) - 128;
    let cr = i32::from(p[2]) - 128;
    let r = y + ((fix(1.40200) * cr + HALF) >> 16);
    let g = y + ((-fix(0.71414) * cr - fix(0.34414) * cb + HALF) >> 16);
    let b = y + ((fix(1.77200) * cb + HALF) >> 16);
    for (out, v) in p.iter_mut().zip([r, g, b]) {
        *out = v.clamp(0, 255) as u8;
    }
}
