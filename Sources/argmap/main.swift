import ArgumentMap

print("argmap")
