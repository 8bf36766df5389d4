/// A fast 64-bit hash of file contents, enough to tell that an input changed
/// between two runs (not a cryptographic digest).
enum ContentHash {
  /// 16 hex digits.
  static func hex(_ bytes: [UInt8]) -> String {
    let prime: UInt64 = 0x100_0000_01B3
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
    bytes.withUnsafeBytes { buffer in
      // Eight bytes at a time: a 46 MB basemap hashes in a few tens of milliseconds.
      let words = buffer.count / 8
      for index in 0..<words {
        hash = (hash ^ buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* prime
        hash ^= hash >> 29
      }
      for index in (words * 8)..<buffer.count { hash = (hash ^ UInt64(buffer[index])) &* prime }
    }
    hash ^= hash >> 33
    let text = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - text.count) + text
  }

  static func hex(_ text: String) -> String { hex(Array(text.utf8)) }
}
