word = "hello"
print(word[0], word[-1], word[4])
print(word[1:100], word[-100:2])
for i in [0, 2, 5]:
    print(i, word[i])
