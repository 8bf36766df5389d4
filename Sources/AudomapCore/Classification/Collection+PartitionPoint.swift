extension Collection {
  /// The index of the first element for which `isInUpperPart` holds, given
  /// that it holds for a suffix of the collection (binary search).
  func partitionPoint(where isInUpperPart: (Element) -> Bool) -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if isInUpperPart(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
