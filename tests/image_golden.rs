//! The image golden suite: every script in `tests/images/cases/` runs under
//! taipan with a fresh directory as its argument. Its stdout must equal
//! `tests/images/expected/NAME.out` exactly, and every array the oracle
//! saved (`expected/NAME/LABEL.tolN.npy`, from Pillow 11.3 / OpenCV 4.13
//! under CPython) must have been saved by taipan too, with the same dtype
//! and shape and no element further than N from the oracle's. N is 0
//! except where integer rounding may legitimately differ (resampling: 1;
//! JPEG decoding: the stated bound).
//!
//! The goldens are never edited by hand; regenerate them with
//! `python tests/images/generate.py` in a virtualenv holding
//! the pins of `tests/golden/requirements.txt`
//! (`--check` is what CI runs). `TAIPAN_BIN` runs another taipan binary.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use support::{exception_type, taipan_command};

mod support;

fn images_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/images")
}

/// An array read from a `.npy` file: its dtype text, shape and elements.
#[derive(Debug)]
struct Npy {
    descr: String,
    shape: Vec<usize>,
    values: Vec<f64>,
}

/// The text between `key': ` and the next `,` or `)` in an npy header.
fn header_field<'a>(header: &'a str, key: &str) -> Result<&'a str, String> {
    let start = header
        .find(&format!("'{key}': "))
        .ok_or_else(|| format!("npy header lacks {key}: {header}"))?
        + key.len()
        + 4;
    Ok(&header[start..])
}

/// Reads a version 1 `.npy` file of little-endian numbers in C order.
fn read_npy(path: &Path) -> Result<Npy, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if bytes.len() < 10 || &bytes[..6] != b"\x93NUMPY" {
        return Err(format!("{}: not an npy file", path.display()));
    }
    let header_len = usize::from(u16::from_le_bytes([bytes[8], bytes[9]]));
    let header = String::from_utf8_lossy(&bytes[10..10 + header_len]).into_owned();
    let descr = header_field(&header, "descr")?
        .split('\'')
        .nth(1)
        .unwrap_or("")
        .to_string();
    if header_field(&header, "fortran_order")?.starts_with("True") {
        return Err(format!("{}: Fortran order", path.display()));
    }
    let shape_text = header_field(&header, "shape")?;
    let shape_text = &shape_text[1..shape_text.find(')').unwrap_or(1)];
    let shape: Vec<usize> = shape_text
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().map_err(|_| format!("bad shape {shape_text}")))
        .collect::<Result<_, _>>()?;
    let body = &bytes[10 + header_len..];
    let values: Vec<f64> = match descr.as_str() {
        "|u1" => body.iter().map(|&b| f64::from(b)).collect(),
        "<f4" => body
            .chunks_exact(4)
            .map(|c| f64::from(f32::from_le_bytes([c[0], c[1], c[2], c[3]])))
            .collect(),
        "<i4" => body
            .chunks_exact(4)
            .map(|c| f64::from(i32::from_le_bytes([c[0], c[1], c[2], c[3]])))
            .collect(),
        "<i2" => body
            .chunks_exact(2)
            .map(|c| f64::from(i16::from_le_bytes([c[0], c[1]])))
            .collect(),
        "<u2" => body
            .chunks_exact(2)
            .map(|c| f64::from(u16::from_le_bytes([c[0], c[1]])))
            .collect(),
        "<f8" => body
            .chunks_exact(8)
            .map(|c| f64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
            .collect(),
        other => return Err(format!("{}: unexpected dtype {other}", path.display())),
    };
    if values.len() != shape.iter().product::<usize>() {
        return Err(format!("{}: truncated data", path.display()));
    }
    Ok(Npy {
        descr,
        shape,
        values,
    })
}

/// The tolerance a file name states: `LABEL.tolN.npy`.
fn tolerance(name: &str) -> f64 {
    name.trim_end_matches(".npy")
        .rsplit(".tol")
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0.0)
}

/// Runs one case under taipan and compares its output and arrays.
fn check_case(name: &str) -> Result<(), String> {
    let dir = images_dir();
    let out_dir = std::env::temp_dir().join(format!("taipan_images_{name}_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out_dir);
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    let run = taipan_command()
        .arg("run")
        .arg(dir.join("cases").join(format!("{name}.py")))
        .arg(&out_dir)
        .current_dir(dir.join("cases"))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("taipan does not start: {e}"))?;
    let mut output = String::from_utf8_lossy(&run.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    if run.status.code() != Some(0) {
        if !output.is_empty() && !output.ends_with('\n') {
            output.push('\n');
        }
        let code = run.status.code().map_or("signal".into(), |c| c.to_string());
        output.push_str(format!("EXIT {code} {}", exception_type(&stderr)).trim_end());
        output.push('\n');
    }
    let expected = std::fs::read_to_string(dir.join("expected").join(format!("{name}.out")))
        .map_err(|e| format!("no golden: {e}"))?;
    let mut problems = Vec::new();
    if output != expected {
        let line = expected
            .lines()
            .zip(output.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(output.lines().count()));
        problems.push(format!(
            "stdout differs at line {}: expected {:?}, got {:?}; stderr: {}",
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            output.lines().nth(line).unwrap_or("<end>"),
            stderr.lines().last().unwrap_or("")
        ));
    }
    let golden_dir = dir.join("expected").join(name);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&golden_dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    for file in files {
        let file_name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let oracle = read_npy(&file)?;
        let ours = match read_npy(&out_dir.join(&file_name)) {
            Ok(a) => a,
            Err(e) => {
                problems.push(format!("{file_name}: {e}"));
                continue;
            }
        };
        if ours.descr != oracle.descr || ours.shape != oracle.shape {
            problems.push(format!(
                "{file_name}: {} {:?} instead of {} {:?}",
                ours.descr, ours.shape, oracle.descr, oracle.shape
            ));
            continue;
        }
        let worst = ours
            .values
            .iter()
            .zip(&oracle.values)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        if worst > tolerance(&file_name) {
            problems.push(format!("{file_name}: an element differs by {worst}"));
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

#[test]
fn cases_match_pillow_and_opencv() {
    let mut cases: Vec<String> = std::fs::read_dir(images_dir().join("cases"))
        .expect("tests/images/cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in tests/images/cases");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| check_case(c).err().map(|e| format!("{c}:\n    {e}")))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} image cases differ from Pillow/OpenCV:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
