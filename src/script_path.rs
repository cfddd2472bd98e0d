//! Where a script named on the command line is, as CPython names it: the
//! file name that `__file__`, tracebacks and syntax errors show, and the
//! directory `sys.path` starts with.

use std::path::Path;

/// The script's path as CPython shows it: a relative one gets the working
/// directory in front (`./a.py` stays `/cwd/./a.py`: CPython does not
/// normalise it either).
pub fn script_file(script: &str) -> String {
    if Path::new(script).is_absolute() {
        return script.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{script}", cwd.display()),
        Err(_) => script.to_string(),
    }
}

/// The first entry of `sys.path`: the directory of `file` (a path from
/// [`script_file`]) with links and `..` resolved, as CPython's.
pub fn script_dir(file: &str) -> String {
    let dir = Path::new(file)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::canonicalize(dir)
        .unwrap_or_else(|_| dir.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_paths_stay_as_given() {
        assert_eq!(script_file("/srv/x/../run.py"), "/srv/x/../run.py");
    }

    #[test]
    fn relative_paths_get_the_working_directory() {
        let cwd = std::env::current_dir().expect("a working directory");
        assert_eq!(script_file("a/b.py"), format!("{}/a/b.py", cwd.display()));
    }

    #[test]
    fn the_directory_is_resolved() {
        let tmp = std::env::temp_dir();
        let file = format!("{}/./missing.py", tmp.display());
        let resolved = std::fs::canonicalize(&tmp).expect("temp dir exists");
        assert_eq!(script_dir(&file), resolved.to_string_lossy());
    }
}
