//! What a script may touch: the directories it may read and write and the
//! modules it may import. The CLI grants everything (as `python3` does)
//! unless `--sandbox` is given; embedded runtimes start with nothing.
//!
//! Paths are checked after resolving symbolic links and `..` (the longest
//! existing ancestor is canonicalised; a path that goes on with `..` past
//! it is refused), so a link inside a granted directory cannot lead out of
//! it.

use crate::error::{PyErr, PyResult};
use crate::types::types;
use std::path::{Component, Path, PathBuf};

/// Where one kind of file access may reach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathGrant {
    /// Any path.
    Everywhere,
    /// Only paths inside these directories (canonical, absolute); none
    /// when the list is empty.
    Within(Vec<PathBuf>),
}

impl PathGrant {
    /// Whether `path` (canonical, absolute) is covered.
    fn covers(&self, path: &Path) -> bool {
        match self {
            PathGrant::Everywhere => true,
            PathGrant::Within(dirs) => dirs.iter().any(|d| path.starts_with(d)),
        }
    }

    /// Adds a directory (nothing changes for `Everywhere`).
    fn add(&mut self, dir: PathBuf) {
        if let PathGrant::Within(dirs) = self {
            dirs.push(dir);
        }
    }

    /// The granted directories, for messages.
    fn describe(&self) -> String {
        match self {
            PathGrant::Everywhere => "everywhere".to_string(),
            PathGrant::Within(dirs) if dirs.is_empty() => "nowhere".to_string(),
            PathGrant::Within(dirs) => {
                let names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
                format!("only within {}", names.join(", "))
            }
        }
    }
}

/// What a script may touch.
#[derive(Clone, Debug)]
pub struct Capabilities {
    /// Where files may be read (`open`, `os.listdir`, loaders).
    pub read: PathGrant,
    /// Where files may be written, created or removed (write access also
    /// allows reading there).
    pub write: PathGrant,
    /// The modules scripts may import (with their submodules); `None`
    /// allows every module. Standard-library modules' own imports are not
    /// checked.
    pub modules: Option<Vec<String>>,
}

impl Capabilities {
    /// Everything, as `python3` allows (the CLI's default).
    pub fn full() -> Self {
        Capabilities {
            read: PathGrant::Everywhere,
            write: PathGrant::Everywhere,
            modules: None,
        }
    }

    /// No file access and every module (the embedding default; narrow
    /// the modules with [`Capabilities::only_modules`]).
    pub fn none() -> Self {
        Capabilities {
            read: PathGrant::Within(Vec::new()),
            write: PathGrant::Within(Vec::new()),
            modules: None,
        }
    }

    /// Also allows reading inside `dir` (a no-op when reading is allowed
    /// everywhere).
    pub fn allow_read(mut self, dir: impl AsRef<Path>) -> Self {
        self.read.add(resolve(dir.as_ref()));
        self
    }

    /// Also allows reading and writing inside `dir`.
    pub fn allow_write(mut self, dir: impl AsRef<Path>) -> Self {
        self.write.add(resolve(dir.as_ref()));
        self
    }

    /// Allows importing only these modules (and their submodules).
    pub fn only_modules<S: Into<String>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.modules = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// `Ok` when the script may read `path`; `PermissionError` naming the
    /// path and the missing grant otherwise.
    pub fn check_read(&self, path: &str) -> PyResult<()> {
        if self.read == PathGrant::Everywhere {
            return Ok(());
        }
        let resolved = resolve(Path::new(path));
        if self.read.covers(&resolved) || self.write.covers(&resolved) {
            return Ok(());
        }
        Err(denied(path, "read", &self.read, "--allow-read DIR"))
    }

    /// `Ok` when the script may write, create or remove `path`;
    /// `PermissionError` naming the path and the missing grant otherwise.
    pub fn check_write(&self, path: &str) -> PyResult<()> {
        if self.write == PathGrant::Everywhere {
            return Ok(());
        }
        if self.write.covers(&resolve(Path::new(path))) {
            return Ok(());
        }
        Err(denied(path, "write", &self.write, "--allow-write DIR"))
    }

    /// `Ok` when scripts may import `module`; `PermissionError` otherwise.
    pub fn check_import(&self, module: &str) -> PyResult<()> {
        let Some(allowed) = &self.modules else {
            return Ok(());
        };
        let covered = allowed.iter().any(|a| {
            module == a
                || module
                    .strip_prefix(a.as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
        });
        if covered {
            return Ok(());
        }
        Err(PyErr::new(
            types().permission_error,
            format!(
                "taipan: this runtime may not import '{module}' (the host allows only: {})",
                allowed.join(", ")
            ),
        ))
    }
}

/// The `PermissionError` for a denied file access.
fn denied(path: &str, verb: &str, grant: &PathGrant, flag: &str) -> PyErr {
    PyErr::new(
        types().permission_error,
        format!(
            "[Errno 13] taipan: this runtime may not {verb} '{path}': it may {verb} {} \
             (grant a directory with {flag} on the command line, or through the \
             embedding's Capabilities)",
            grant.describe()
        ),
    )
}

/// `path` made absolute, with symbolic links and `..` resolved: the
/// longest existing ancestor is canonicalised and the rest appended. A
/// rest that climbs with `..` resolves to an impossible path (`/..`
/// components kept), which no grant covers.
fn resolve(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .unwrap_or_else(|_| PathBuf::from("/"))
            .join(path)
    };
    let mut existing = absolute.as_path();
    let mut rest: Vec<Component<'_>> = Vec::new();
    loop {
        if let Ok(canonical) = existing.canonicalize() {
            if rest.contains(&Component::ParentDir) {
                return PathBuf::from("/..");
            }
            let mut out = canonical;
            for c in rest.iter().rev() {
                if *c != Component::CurDir {
                    out.push(c.as_os_str());
                }
            }
            return out;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grants_cover_their_directories_only() {
        let dir = std::env::temp_dir().join("taipan_caps_unit");
        let inner = dir.join("inner");
        std::fs::create_dir_all(&inner).expect("temp dir");
        let caps = Capabilities::none().allow_read(&dir);
        let inside = inner.join("new_file.txt");
        assert!(caps.check_read(inside.to_str().unwrap_or("")).is_ok());
        assert!(caps.check_read("/etc/passwd").is_err());
        let escape = format!("{}/inner/../../etc", dir.display());
        assert!(caps.check_read(&escape).is_err());
        let climbing = format!("{}/missing/../../x", dir.display());
        assert!(caps.check_read(&climbing).is_err());
        assert!(caps.check_write(inside.to_str().unwrap_or("")).is_err());
        let writer = Capabilities::none().allow_write(&dir);
        assert!(writer.check_read(inside.to_str().unwrap_or("")).is_ok());
        assert!(writer.check_write(inside.to_str().unwrap_or("")).is_ok());
    }

    #[test]
    fn module_lists_cover_submodules() {
        let caps = Capabilities::none().only_modules(["numpy", "json"]);
        assert!(caps.check_import("numpy").is_ok());
        assert!(caps.check_import("numpy.linalg").is_ok());
        assert!(caps.check_import("numpyx").is_err());
        assert!(caps.check_import("os").is_err());
        assert!(Capabilities::full().check_import("os").is_ok());
    }
}
