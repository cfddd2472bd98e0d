def main():
    print("main called")
    return 7

print("__name__ is", __name__)
if __name__ == "__main__":
    print("result", main())
else:
    print("imported")
