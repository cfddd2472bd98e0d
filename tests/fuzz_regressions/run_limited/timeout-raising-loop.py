# Found by run_limited (a timeout): a loop whose body raises and swallows an
# exception on every turn. Each raise left the dispatch loop and the handler
# re-entered it, and the back-edge counter that triggers the VM's time check
# was a local of that loop, reset on every entry: the check never ran, so
# this went on for ever past the 100 ms budget.
while True:
    try:
        undefined_name
    except BaseException:
        pass
