/// The IHDR fields of a PNG, read straight from its bytes.
struct PNGHeader: Equatable {
  var width: Int
  var height: Int
  var bitDepth: Int
  /// 2 = RGB, 6 = RGB with alpha.
  var colorType: Int

  /// Nil unless the bytes start with the PNG signature followed by an IHDR chunk.
  init?(_ png: [UInt8]) {
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard png.count >= 33, Array(png[0..<8]) == signature, Array(png[12..<16]) == Array("IHDR".utf8) else {
      return nil
    }
    func uint32(at offset: Int) -> Int {
      png[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
    }
    width = uint32(at: 16)
    height = uint32(at: 20)
    bitDepth = Int(png[24])
    colorType = Int(png[25])
  }

  init(width: Int, height: Int, bitDepth: Int, colorType: Int) {
    self.width = width
    self.height = height
    self.bitDepth = bitDepth
    self.colorType = colorType
  }
}
