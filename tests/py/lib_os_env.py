# os.environ, os.getenv, expanduser/expandvars, cpu_count.
import os

home = os.environ.get('HOME')
print(home is not None, home == os.getenv('HOME'))
print(os.getenv('TAIPAN_SURELY_UNSET_VAR'), os.getenv('TAIPAN_SURELY_UNSET_VAR', 'dflt'))
os.environ['TAIPAN_TEST_VAR'] = 'hello'
print(os.environ['TAIPAN_TEST_VAR'], os.getenv('TAIPAN_TEST_VAR'), 'TAIPAN_TEST_VAR' in os.environ)
print(os.path.expandvars('$TAIPAN_TEST_VAR/x ${TAIPAN_TEST_VAR}y $NOPE_TAIPAN ${NOPE_TAIPAN} $'))
del os.environ['TAIPAN_TEST_VAR']
print('TAIPAN_TEST_VAR' in os.environ, os.getenv('TAIPAN_TEST_VAR'))
try:
    os.environ['TAIPAN_X'] = 3
except TypeError as e:
    print('TypeError', e)
try:
    os.environ['TAIPAN_SURELY_UNSET_VAR']
except KeyError as e:
    print('KeyError', e)
print(os.path.expanduser('~') == home.rstrip('/') or '/', os.path.expanduser('~/x') == home.rstrip('/') + '/x')
print(os.path.expanduser('a~'), os.path.expanduser('~nosuchuser_taipan/x'))
n = os.cpu_count()
print(isinstance(n, int) and n >= 1)
print(isinstance(os.environ, dict), type(os.environ.copy()).__name__)
print(repr(os.environ)[:9])
