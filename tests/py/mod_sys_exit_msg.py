import sys

print("about to exit with message")
sys.stdout.flush()
msg = "fatal: something went wrong"
sys.exit(msg)
