//! Checks every code point's properties, numeric values, decomposition,
//! name and normalization against the `python3` on the machine (skipped
//! when there is none, or when its Unicode version is not 14.0.0).

use super::normalize::{normalize, Form};
use super::props::{decomposition, numeric, props, NumericKind};
use super::{names, tables};
use std::process::Command;

/// Prints one tab-separated line per code point (surrogates skipped).
const DUMP: &str = r#"
import sys, unicodedata as u
out = [u.unidata_version]
def norm(form, c):
    n = u.normalize(form, c)
    return "=" if n == c else " ".join("%X" % ord(x) for x in n)
for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    num = u.numeric(c, None)
    out.append("\t".join([
        "%X" % cp, u.category(c), u.bidirectional(c), u.east_asian_width(c),
        str(u.mirrored(c)), str(u.combining(c)), str(u.decimal(c, "")),
        str(u.digit(c, "")), "" if num is None else repr(num),
        u.decomposition(c), u.name(c, ""),
        norm("NFC", c), norm("NFD", c), norm("NFKC", c), norm("NFKD", c)]))
sys.stdout.write("\n".join(out) + "\n")
"#;

/// The same line for `c` from taipan's tables.
fn line(c: char) -> Vec<String> {
    let p = props(c);
    let num = numeric(c);
    let int_of = |kind: NumericKind| match num {
        Some((v, k)) if k >= kind => format!("{}", v as i64),
        _ => String::new(),
    };
    let decomp = match decomposition(c) {
        None => String::new(),
        Some((tag, mapping)) => {
            let mut fields: Vec<String> = mapping
                .chars()
                .map(|d| format!("{:04X}", d as u32))
                .collect();
            if !tag.is_empty() {
                fields.insert(0, tag.to_owned());
            }
            fields.join(" ")
        }
    };
    let norm = |form: Form| {
        let n = normalize(form, &c.to_string());
        if n == c.to_string() {
            "=".to_owned()
        } else {
            n.chars()
                .map(|x| format!("{:X}", x as u32))
                .collect::<Vec<_>>()
                .join(" ")
        }
    };
    vec![
        format!("{:X}", c as u32),
        p.category.to_owned(),
        p.bidirectional.to_owned(),
        p.east_asian_width.to_owned(),
        u8::from(p.mirrored).to_string(),
        p.combining.to_string(),
        int_of(NumericKind::Decimal),
        int_of(NumericKind::Digit),
        num.map(|(v, _)| format!("{v:?}")).unwrap_or_default(),
        decomp,
        names::name(c).unwrap_or_default(),
        norm(Form::Nfc),
        norm(Form::Nfd),
        norm(Form::Nfkc),
        norm(Form::Nfkd),
    ]
}

/// Whether two fields agree; numeric values compare as floats.
fn same_field(index: usize, ours: &str, theirs: &str) -> bool {
    if index == 8 && !ours.is_empty() {
        return ours.parse::<f64>().ok() == theirs.parse::<f64>().ok();
    }
    ours == theirs
}

#[test]
fn every_code_point_matches_cpython() {
    let Ok(out) = Command::new("python3").args(["-c", DUMP]).output() else {
        eprintln!("python3 not found: skipped");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    if lines.next() != Some(tables::UNIDATA_VERSION) {
        eprintln!("python3 has another Unicode version: skipped");
        return;
    }
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for (c, theirs) in ('\0'..=char::MAX).zip(lines.by_ref()) {
        let ours = line(c);
        let theirs: Vec<&str> = theirs.split('\t').collect();
        let agree = ours.len() == theirs.len()
            && ours
                .iter()
                .zip(&theirs)
                .enumerate()
                .all(|(i, (o, t))| same_field(i, o, t));
        if !agree && mismatches.len() < 10 {
            mismatches.push(format!("ours {ours:?}\ntheirs {theirs:?}"));
        }
        checked += 1;
    }
    assert_eq!(checked, 0x110000 - 0x800, "python3 printed too few lines");
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
