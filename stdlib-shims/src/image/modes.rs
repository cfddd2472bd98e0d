//! Pillow's conversions between modes, with its integer arithmetic:
//! "L" is ITU-R 601-2 luma in 16-bit fixed point, rounded; "RGBa" is RGBA
//! with the colour premultiplied by alpha (what Pillow resizes RGBA in).

use super::pixels::Pixels;

/// Channels per pixel of a mode this module handles.
pub fn channels(mode: &str) -> Option<usize> {
    match mode {
        "L" | "P" => Some(1),
        "RGB" => Some(3),
        "RGBA" | "RGBa" => Some(4),
        _ => None,
    }
}

/// Pillow's luma of an RGB triple: (19595 R + 38470 G + 7471 B + 2^15) >> 16.
#[inline]
fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 19595 + u32::from(g) * 38470 + u32::from(b) * 7471 + 0x8000) >> 16) as u8
}

/// Pillow's `a * b / 255`, rounded, in integers.
#[inline]
fn mul_div_255(a: u8, b: u8) -> u8 {
    let t = u32::from(a) * u32::from(b) + 128;
    (((t >> 8) + t) >> 8) as u8
}

/// One premultiplied colour sample back over its alpha (Pillow leaves
/// samples of alpha 0 and 255 as they are).
#[inline]
fn unpremultiply(v: u8, alpha: u8) -> u8 {
    match alpha {
        0 | 255 => v,
        a => (255 * u32::from(v) / u32::from(a)).min(255) as u8,
    }
}

/// A palette as RGBA entries: 256 of them, the missing ones black, alpha
/// from `transparency` (255 where it has no entry).
fn palette_rgba(palette: &[u8], transparency: Option<&[u8]>) -> Vec<[u8; 4]> {
    (0..256)
        .map(|i| {
            let rgb = palette.get(i * 3..i * 3 + 3).unwrap_or(&[0, 0, 0]);
            let a = transparency.and_then(|t| t.get(i)).copied().unwrap_or(255);
            [rgb[0], rgb[1], rgb[2], a]
        })
        .collect()
}

/// Converts pixels from mode `from` to mode `to` (both among L, RGB, RGBA,
/// RGBa; `from` may also be P with its palette and tRNS alphas). `None`
/// when Pillow has no such conversion.
pub fn convert(
    px: &Pixels,
    from: &str,
    to: &str,
    palette: Option<&[u8]>,
    transparency: Option<&[u8]>,
) -> Option<Pixels> {
    let out_channels = channels(to).filter(|_| to != "P")?;
    let table = match from {
        "P" => Some(palette_rgba(palette.unwrap_or(&[]), transparency)),
        _ => None,
    };
    let mut data = Vec::with_capacity(px.width * px.height * out_channels);
    for p in px.data.chunks_exact(px.channels) {
        let rgba: [u8; 4] = match (from, p) {
            ("L", &[l]) => [l, l, l, 255],
            ("P", &[i]) => table.as_ref()?[usize::from(i)],
            ("RGB", &[r, g, b]) => [r, g, b, 255],
            ("RGBA", &[r, g, b, a]) => [r, g, b, a],
            ("RGBa", &[r, g, b, a]) => [
                unpremultiply(r, a),
                unpremultiply(g, a),
                unpremultiply(b, a),
                a,
            ],
            _ => return None,
        };
        let [r, g, b, a] = rgba;
        match to {
            "L" => data.push(luma(r, g, b)),
            "RGB" => data.extend_from_slice(&[r, g, b]),
            "RGBA" => data.extend_from_slice(&rgba),
            _ => data.extend_from_slice(&[
                mul_div_255(r, a),
                mul_div_255(g, a),
                mul_div_255(b, a),
                a,
            ]),
        }
    }
    Some(Pixels {
        data,
        height: px.height,
        width: px.width,
        channels: out_channels,
    })
}
