import CCairo

/// Owns a zlib deflate stream that compresses into a fixed-size output block.
///
/// zlib keeps a pointer back to its `z_stream` and rejects a stream that has
/// moved, so the `z_stream` lives in memory allocated here, never in a Swift
/// value. The output depends only on the level and the input bytes and how
/// they are split into calls, so the same image always gives the same bytes.
final class Deflater {
  private let stream: UnsafeMutablePointer<z_stream>
  /// Where deflate writes; handed over each time it fills, and at the end.
  private let block: UnsafeMutableBufferPointer<UInt8>

  /// A zlib-format stream (header and Adler-32 trailer, as PNG requires).
  /// - Parameters:
  ///   - level: zlib's level, 1 (fastest) … 9 (smallest).
  ///   - blockSize: How many compressed bytes ``compress(_:finish:emit:)`` hands over at a time.
  /// See `deflateInit2_` (what zlib's `deflateInit2` macro expands to).
  init(level: Int32, blockSize: Int) throws(RenderError) {
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    // zalloc, zfree and opaque NULL: zlib uses malloc and free.
    stream.initialize(to: z_stream())
    // returns Z_MEM_ERROR, Z_STREAM_ERROR (bad parameter) or Z_VERSION_ERROR (header and library differ)
    let status = deflateInit2_(
      stream, level, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    do {
      try check(zlib: status, of: stream, while: "starting the PNG compression")
    } catch {
      stream.deinitialize(count: 1)
      stream.deallocate()
      throw error
    }
    self.stream = stream
    block = .allocate(capacity: blockSize)
    resetOutput()
  }

  deinit {
    // returns Z_DATA_ERROR when the stream was not finished: nothing to report while discarding it
    deflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
    block.deallocate()
  }

  /// Compresses `input`; when `finish` is set, also ends the stream.
  /// Each full block of output, and when finishing the last partial one,
  /// goes to `emit`, which must not keep the buffer. See `deflate`.
  func compress(
    _ input: UnsafeRawBufferPointer, finish: Bool, emit: (UnsafeBufferPointer<UInt8>) -> Void
  ) throws(RenderError) {
    // zlib only reads through next_in (z_const is empty unless ZLIB_CONST is defined).
    stream.pointee.next_in = input.baseAddress.map {
      UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: Bytef.self))
    }
    stream.pointee.avail_in = uInt(input.count)
    while true {
      // returns Z_OK (progress), Z_STREAM_END (finished), Z_BUF_ERROR (no progress possible,
      // not an error) or Z_STREAM_ERROR (inconsistent stream)
      let status = deflate(stream, finish ? Z_FINISH : Z_NO_FLUSH)
      if status != Z_OK && status != Z_BUF_ERROR && status != Z_STREAM_END {
        try check(zlib: status, of: stream, while: "compressing the PNG")
      }
      let used = block.count - Int(stream.pointee.avail_out)
      if status == Z_STREAM_END {
        emit(UnsafeBufferPointer(rebasing: block[..<used]))
        resetOutput()
        return
      }
      if stream.pointee.avail_out == 0 {
        emit(UnsafeBufferPointer(block))
        resetOutput()
        continue
      }
      // Output space is left over, so deflate took all the input it was given.
      guard finish else { return }
      // With Z_FINISH and space left, zlib always ends the stream.
      throw .zlibFailure(operation: "compressing the PNG", reason: "the stream did not end")
    }
  }

  private func resetOutput() {
    stream.pointee.next_out = block.baseAddress
    stream.pointee.avail_out = uInt(block.count)
  }
}

/// The one place where a zlib status becomes a ``RenderError``.
/// - Parameters:
///   - status: What a zlib call returned; `Z_OK` and `Z_STREAM_END` are success.
///   - stream: The stream, whose `msg` (when set) explains the failure.
///   - operation: What was being done, for the message.
/// - Throws: ``RenderError/outOfMemory(operation:)`` or ``RenderError/zlibFailure(operation:reason:)``.
func check(zlib status: Int32, of stream: UnsafePointer<z_stream>, while operation: String) throws(RenderError) {
  switch status {
  case Z_OK, Z_STREAM_END:
    return
  case Z_MEM_ERROR:
    throw .outOfMemory(operation: operation)
  default:
    // msg is NULL unless zlib set one; zError returns a static string, never NULL
    let message: UnsafePointer<CChar>? = stream.pointee.msg.map { UnsafePointer($0) } ?? zError(status)
    throw .zlibFailure(operation: operation, reason: message.map { String(cString: $0) } ?? "error \(status)")
  }
}
