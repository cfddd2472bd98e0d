# taipan: --timeout 0.3
# A loop that never ends, whose handlers try to swallow the time limit.
n = 0
while True:
    try:
        while True: n += 1
    except BaseException:
        pass
