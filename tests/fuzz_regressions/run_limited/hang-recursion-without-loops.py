# Found by run_limited (a timeout): calls that run no loop never reached the
# VM's time check, so this ran for ever past the 100 ms budget.
def f(n):
    return 0 if n == 0 else f(n - 1) + f(n - 1)


f(60)
