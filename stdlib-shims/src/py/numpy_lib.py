"""numpy.lib for taipan: only its stride_tricks submodule."""

import sys
import numpy.lib.stride_tricks

# Not `import ... as`: that would ask numpy for its attribute lib, which
# is being imported here.
stride_tricks = sys.modules["numpy.lib.stride_tricks"]
