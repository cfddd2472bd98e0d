//! OpenCV's colour to grey for 8-bit images: 0.299 R + 0.587 G + 0.114 B
//! in 15-bit fixed point, rounded (what its vector code computes).

use super::pixels::Pixels;

/// Grey from 3- or 4-channel pixels; `bgr` says the channel order.
pub fn to_gray(px: &Pixels, bgr: bool) -> Pixels {
    let (ri, bi) = if bgr { (2, 0) } else { (0, 2) };
    let data = px
        .data
        .chunks_exact(px.channels)
        .map(|p| {
            let v = u32::from(p[bi]) * 3735 + u32::from(p[1]) * 19235 + u32::from(p[ri]) * 9798;
            ((v + (1 << 14)) >> 15) as u8
        })
        .collect();
    Pixels {
        data,
        height: px.height,
        width: px.width,
        channels: 1,
    }
}
