"""logging.handlers for taipan: the file handlers that rotate by size
(RotatingFileHandler, with BaseRotatingHandler's namer and rotator
hooks), as in CPython.

Not there: the time-based, socket, syslog, SMTP, HTTP and queue handlers.
"""

import os
from logging import FileHandler

__all__ = ["BaseRotatingHandler", "RotatingFileHandler"]


class BaseRotatingHandler(FileHandler):
    """A file handler that rolls the file over when shouldRollover(record)
    says so; `namer` and `rotator`, when set, name and move the old
    files."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                             errors=errors)

    def emit(self, record):
        """Rolls over first if needed, then writes the record."""
        try:
            if self.shouldRollover(record):
                self.doRollover()
            FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rolled-over file gets: namer(default_name) if set."""
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        """Moves source to dest, or calls rotator(source, dest) if set."""
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over once it would grow past maxBytes, keeping
    backupCount old files named file.1 (newest) to file.N."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = "a"
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        """Closes the file, shifts file.i to file.i+1 (dropping the oldest),
        moves the file to file.1 and opens a fresh one."""
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                source = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                dest = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(source):
                    if os.path.exists(dest):
                        os.remove(dest)
                    os.rename(source, dest)
            dest = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(dest):
                os.remove(dest)
            self.rotate(self.baseFilename, dest)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Whether writing the record would take the file past maxBytes
        (never for something that is not a regular file)."""
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        msg = "%s\n" % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(msg) >= self.maxBytes
