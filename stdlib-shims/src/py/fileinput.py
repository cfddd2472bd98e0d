"""fileinput for taipan: iterate over the lines of the files named on the
command line (or given), '-' and an empty list meaning standard input, as
CPython 3.11's fileinput: `input()`, `FileInput`, the module functions
(`filename`, `lineno`, `filelineno`, `isfirstline`, `isstdin`,
`nextfile`, `close`, `fileno`), `inplace=True` (print() writes the new
file, the old one kept as a backup while it runs), `hook_compressed`
(.gz only: taipan has no bz2) and `hook_encoded`.
"""

import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Make the module's FileInput and return it."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Close the module's FileInput."""
    global _state
    state = _state
    _state = None
    if state:
        state.close()


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    """The lines of a sequence of files, one file after the other."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            files = tuple(sys.argv[1:] if files is None else files) or ("-",)
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._output = None
        self._savestdout = None

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        """The next line, '' (or b'') once every file is read."""
        while True:
            if self._file is None and not self._open_next():
                return b"" if "b" in self._mode else ""
            line = self._file.readline()
            if line:
                self._filelineno += 1
                return line
            self.nextfile()

    def _open_next(self):
        """Open the next file of the list; False when there is none."""
        if not self._files:
            return False
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._isstdin = False
        self._backupfilename = None
        encoding = self._encoding
        if encoding is None and "b" not in self._mode:
            encoding = "utf-8"
        if self._filename == "-":
            self._filename = "<stdin>"
            self._file = sys.stdin.buffer if "b" in self._mode else sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._open_inplace(encoding)
        elif self._openhook and self._encoding is None:
            self._file = self._openhook(self._filename, self._mode)
        elif self._openhook:
            self._file = self._openhook(self._filename, self._mode,
                                        encoding=self._encoding, errors=self._errors)
        else:
            self._file = open(self._filename, self._mode, encoding=None if "b" in self._mode
                              else encoding, errors=self._errors)
        return True

    def _open_inplace(self, encoding):
        """Read the file from a backup copy while print() writes it anew."""
        self._backupfilename = os.fspath(self._filename) + (self._backup or ".bak")
        try:
            os.unlink(self._backupfilename)
        except OSError:
            pass
        os.rename(self._filename, self._backupfilename)
        text = "b" not in self._mode
        self._file = open(self._backupfilename, self._mode,
                          encoding=encoding if text else None, errors=self._errors)
        self._output = open(self._filename, "w" if text else "wb",
                            encoding=encoding if text else None, errors=self._errors)
        self._savestdout = sys.stdout
        sys.stdout = self._output

    def nextfile(self):
        """Close the current file; the next line comes from the next one."""
        if self._savestdout:
            sys.stdout = self._savestdout
        self._savestdout = None
        output, self._output = self._output, None
        file, self._file = self._file, None
        try:
            if output:
                output.close()
            if file and not self._isstdin:
                file.close()
        finally:
            backup, self._backupfilename = self._backupfilename, None
            if backup and not self._backup:
                try:
                    os.unlink(backup)
                except OSError:
                    pass
            self._isstdin = False

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open .gz files with gzip, any other file with open()."""
    if os.path.splitext(filename)[1] == ".gz":
        import gzip
        if "b" in mode:
            return gzip.open(filename, mode)
        return gzip.open(filename, "rt", encoding=encoding, errors=errors)
    return open(filename, mode, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    """An openhook that opens each file with this encoding."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
