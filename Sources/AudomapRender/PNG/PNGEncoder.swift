import CCairo

/// Writes a PNG file from the pixels of a Cairo image surface, with zlib.
///
/// Cairo's own writer goes through libpng with its adaptive filters and zlib
/// level 6: on a national map at 2000×2000 px that takes about 0.2 s, most of
/// the render. Maps are large areas of flat colour, which deflate compresses
/// best unfiltered, so here every row uses filter 0 (None) and zlib's fastest
/// level: about 0.05 s, and a file no larger than Cairo's.
///
/// The pixels written are exactly those Cairo's writer would write: RGB for
/// an opaque (RGB24) surface; RGBA for ARGB32, un-premultiplied with Cairo's
/// own rounding. The same pixels always give the same bytes.
enum PNGEncoder {
  /// zlib's fastest level. Levels 2–3 save another 2 % for 5–15 % more time;
  /// level 6 (libpng's) saves 4 % on the national map and 13 % on the CAPSO
  /// map for twice the time (0.05 s more at 2000×2000).
  static let compressionLevel: Int32 = 1
  /// The largest IDAT chunk written; any size up to 2³¹ − 1 is valid.
  static let idatSize = 1 << 16
  /// How many bytes of filtered rows are handed to zlib at a time.
  private static let batchBytes = 1 << 18

  private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

  /// The PNG file for `pixels`.
  /// - Throws: ``RenderError/outOfMemory(operation:)`` or ``RenderError/zlibFailure(operation:reason:)``.
  static func encode(_ pixels: ImagePixels) throws(RenderError) -> [UInt8] {
    let channels = pixels.hasAlpha ? 4 : 3
    let rowBytes = 1 + pixels.width * channels  // filter byte, then the pixels
    var png = signature
    // Maps compress about sixfold; a larger file grows the array as usual.
    png.reserveCapacity(min(pixels.height * rowBytes / 6, 1 << 24) + 1024)

    var header: [UInt8] = []
    appendUInt32(UInt32(pixels.width), to: &header)
    appendUInt32(UInt32(pixels.height), to: &header)
    // bit depth 8; colour type 6 (RGBA) or 2 (RGB); deflate; adaptive filtering (filter method 0); no interlace
    header += [8, pixels.hasAlpha ? 6 : 2, 0, 0, 0]
    appendChunk("IHDR", header, to: &png)
    // A white background hint, as Cairo writes (16-bit red, green, blue).
    appendChunk("bKGD", [0, 0xFF, 0, 0xFF, 0, 0xFF], to: &png)

    let deflater = try Deflater(level: compressionLevel, blockSize: idatSize)
    let batchRows = max(1, batchBytes / rowBytes)
    let batch = UnsafeMutablePointer<UInt8>.allocate(capacity: batchRows * rowBytes)
    defer { batch.deallocate() }
    var y = 0
    repeat {
      let rows = min(batchRows, pixels.height - y)
      for row in 0..<rows {
        let source = pixels.base.advanced(by: (y + row) * pixels.stride).assumingMemoryBound(to: UInt32.self)
        let destination = batch + row * rowBytes
        destination[0] = 0  // filter type None
        if pixels.hasAlpha {
          writeRGBA(from: source, count: pixels.width, to: destination + 1)
        } else {
          writeRGB(from: source, count: pixels.width, to: destination + 1)
        }
      }
      y += rows
      let input = UnsafeRawBufferPointer(start: batch, count: rows * rowBytes)
      try deflater.compress(input, finish: y == pixels.height) {
        appendChunk("IDAT", $0, to: &png)
      }
    } while y < pixels.height

    appendChunk("IEND", [], to: &png)
    return png
  }

  /// Cairo's RGB24 words (0x00RRGGBB, native-endian) as R, G, B bytes.
  private static func writeRGB(
    from source: UnsafePointer<UInt32>, count: Int, to destination: UnsafeMutablePointer<UInt8>
  ) {
    var out = destination
    for x in 0..<count {
      let pixel = source[x]
      out[0] = UInt8(truncatingIfNeeded: pixel >> 16)
      out[1] = UInt8(truncatingIfNeeded: pixel >> 8)
      out[2] = UInt8(truncatingIfNeeded: pixel)
      out += 3
    }
  }

  /// Cairo's premultiplied ARGB32 words as un-premultiplied R, G, B, A bytes,
  /// rounded as Cairo's PNG writer does (`unpremultiply_data` in cairo-png.c).
  private static func writeRGBA(
    from source: UnsafePointer<UInt32>, count: Int, to destination: UnsafeMutablePointer<UInt8>
  ) {
    var out = destination
    for x in 0..<count {
      let pixel = source[x]
      let alpha = pixel >> 24
      switch alpha {
      case 0:
        out[0] = 0
        out[1] = 0
        out[2] = 0
      case 255:
        out[0] = UInt8(truncatingIfNeeded: pixel >> 16)
        out[1] = UInt8(truncatingIfNeeded: pixel >> 8)
        out[2] = UInt8(truncatingIfNeeded: pixel)
      default:
        out[0] = UInt8(truncatingIfNeeded: (((pixel >> 16) & 0xFF) * 255 + alpha / 2) / alpha)
        out[1] = UInt8(truncatingIfNeeded: (((pixel >> 8) & 0xFF) * 255 + alpha / 2) / alpha)
        out[2] = UInt8(truncatingIfNeeded: ((pixel & 0xFF) * 255 + alpha / 2) / alpha)
      }
      out[3] = UInt8(truncatingIfNeeded: alpha)
      out += 4
    }
  }

  private static func appendChunk(_ type: String, _ data: [UInt8], to png: inout [UInt8]) {
    data.withUnsafeBufferPointer { appendChunk(type, $0, to: &png) }
  }

  /// Length, type, data, and the CRC-32 of type and data. See zlib's `crc32`.
  private static func appendChunk(_ type: String, _ data: UnsafeBufferPointer<UInt8>, to png: inout [UInt8]) {
    let typeBytes = Array(type.utf8)
    appendUInt32(UInt32(data.count), to: &png)
    png += typeBytes
    png.append(contentsOf: data)
    // crc32 never fails; a NULL buffer with length 0 returns the CRC unchanged
    var crc = typeBytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
    crc = crc32(crc, data.baseAddress, uInt(data.count))
    appendUInt32(UInt32(truncatingIfNeeded: crc), to: &png)
  }

  private static func appendUInt32(_ value: UInt32, to bytes: inout [UInt8]) {
    bytes += [
      UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8),
      UInt8(truncatingIfNeeded: value),
    ]
  }
}
