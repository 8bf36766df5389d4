print("audomap-bench")
