"""stat for taipan: the constants and functions that read `st_mode`
(`S_ISDIR(os.stat(p).st_mode)`, `filemode`), with Linux's values, as
CPython's stat module gives them. Windows' FILE_ATTRIBUTE_* are not
there."""

# Indices into the tuple form of a stat result.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# The file type bits.
_S_IFMT_BITS = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# The permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# The flags of chflags (BSD; listed by CPython everywhere).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000


def S_IMODE(mode):
    """The permission bits of a mode (what os.chmod sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file type bits of a mode."""
    return mode & _S_IFMT_BITS


def S_ISDIR(mode):
    """Whether the mode is a directory's."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """Whether the mode is a character device's."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """Whether the mode is a block device's."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """Whether the mode is a regular file's."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """Whether the mode is a FIFO's (named pipe)."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """Whether the mode is a symbolic link's."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """Whether the mode is a socket's."""
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    """Always False (Solaris doors)."""
    return False


def S_ISPORT(mode):
    """Always False (Solaris event ports)."""
    return False


def S_ISWHT(mode):
    """Always False (BSD whiteouts)."""
    return False


_TYPE_CHARS = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
               (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"))

# Per position: the (bits, character) pairs, first match wins.
_PERM_CHARS = (
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)


def filemode(mode):
    """The mode as `ls -l` shows it, e.g. '-rw-r--r--'."""
    kind = "?"
    for bits, char in _TYPE_CHARS:
        if mode & _S_IFMT_BITS == bits:
            kind = char
            break
    perms = []
    for choices in _PERM_CHARS:
        for bits, char in choices:
            if mode & bits == bits:
                perms.append(char)
                break
        else:
            perms.append("-")
    return kind + "".join(perms)
