/// Rewrites Cairo's SVG path data in a shorter, equivalent form.
///
/// Cairo 1.16 writes absolute coordinates with up to six decimals and a
/// command letter before every point (`M 10.75 5.25 L 10 6.75 … Z M 10.75 5.25`),
/// and has no precision setting. Here each point becomes an offset from the
/// previous one, repeated commands are left implicit, and the moveto that
/// Cairo adds after each close is dropped when nothing is drawn from it:
/// about 40 % less path data on a national map. Offsets are computed in
/// exact decimal (integers of 10⁻⁸), so every point lands on the very number
/// Cairo wrote.
enum SVGPathData {
  /// Cairo prints at most 8 decimals (values under 0.1 that are multiples of 1/256).
  private static let fractionDigits = 8
  private static let unit: Int64 = 100_000_000

  /// A command as Cairo writes it: its letter and absolute values in 10⁻⁸.
  struct Command: Equatable {
    var letter: UInt8
    var values: [Int64]
  }

  /// One pixel in the 10⁻⁸ units of ``Command/values``.
  static let pixel = unit

  /// The compact form of `data`, or nil when it holds anything Cairo does not write.
  static func compact(_ data: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard let commands = parse(data) else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(data.count / 2)
    var pen = (x: Int64(0), y: Int64(0))
    var subpathStart = pen
    var previous: UInt8 = 0
    for (index, command) in commands.enumerated() {
      switch command.letter {
      case UInt8(ascii: "M"):
        // A moveto followed by nothing that draws only moves the pen.
        let next = index + 1 < commands.count ? commands[index + 1].letter : nil
        guard next != nil, next != UInt8(ascii: "M") else { continue }
        // Always `m`: a leading `m` is from 0,0 (where the pen starts), and
        // the pairs after it are relative linetos; after `M` they would be absolute.
        appendCommand("m", values: command.values, from: pen, to: &output)
        pen = (command.values[0], command.values[1])
        subpathStart = pen
        previous = UInt8(ascii: "m")
      case UInt8(ascii: "L"):
        // After a moveto, further pairs are implicit linetos.
        let implicit = previous == UInt8(ascii: "m") || previous == UInt8(ascii: "l")
        appendCommand(implicit ? nil : "l", values: command.values, from: pen, to: &output)
        pen = (command.values[0], command.values[1])
        previous = UInt8(ascii: "l")
      case UInt8(ascii: "C"):
        appendCommand(previous == UInt8(ascii: "c") ? nil : "c", values: command.values, from: pen, to: &output)
        pen = (command.values[4], command.values[5])
        previous = UInt8(ascii: "c")
      default:  // Z
        output.append(UInt8(ascii: "z"))
        pen = subpathStart
        previous = UInt8(ascii: "z")
      }
    }
    return output
  }

  /// Cairo's commands with absolute coordinates, or nil on anything unexpected.
  static func parse(_ data: UnsafeBufferPointer<UInt8>) -> [Command]? {
    var commands: [Command] = []
    var i = 0
    while i < data.count {
      let byte = data[i]
      i += 1
      let count: Int
      switch byte {
      case UInt8(ascii: " "): continue
      case UInt8(ascii: "M"), UInt8(ascii: "L"): count = 2
      case UInt8(ascii: "C"): count = 6
      case UInt8(ascii: "Z"): count = 0
      default: return nil
      }
      var values: [Int64] = []
      values.reserveCapacity(count)
      for _ in 0..<count {
        while i < data.count, data[i] == UInt8(ascii: " ") { i += 1 }
        guard let value = parseNumber(data, at: &i) else { return nil }
        values.append(value)
      }
      commands.append(Command(letter: byte, values: values))
    }
    return commands
  }

  /// Reads `-12.345` as an integer count of 10⁻⁸.
  private static func parseNumber(_ data: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Int64? {
    let negative = i < data.count && data[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    var integer: Int64 = 0
    var digits = 0
    while i < data.count, let digit = digitValue(data[i]) {
      guard integer < Int64.max / 100 / unit else { return nil }
      integer = integer * 10 + digit
      digits += 1
      i += 1
    }
    var fraction: Int64 = 0
    var scale = unit
    if i < data.count, data[i] == UInt8(ascii: ".") {
      i += 1
      while i < data.count, let digit = digitValue(data[i]) {
        guard scale > 1 else { return nil }
        scale /= 10
        fraction += digit * scale
        digits += 1
        i += 1
      }
    }
    guard digits > 0 else { return nil }
    let value = integer * unit + fraction
    return negative ? -value : value
  }

  private static func digitValue(_ byte: UInt8) -> Int64? {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int64(byte - UInt8(ascii: "0")) : nil
  }

  /// Appends the command letter (if any) and each point as an offset from `origin`;
  /// the points of a curve are all relative to where the curve starts, as SVG requires.
  private static func appendCommand(
    _ letter: Unicode.Scalar?, values: [Int64], from origin: (x: Int64, y: Int64), to output: inout [UInt8]
  ) {
    if let letter {
      output.append(UInt8(ascii: letter))
    } else {
      output.append(UInt8(ascii: " "))
    }
    for (index, value) in values.enumerated() {
      if index > 0 { output.append(UInt8(ascii: " ")) }
      appendNumber(value - (index.isMultiple(of: 2) ? origin.x : origin.y), to: &output)
    }
  }

  /// Writes a count of 10⁻⁸ as the shortest exact decimal: `-0.75`, `3`, `0.00390625`.
  static func appendNumber(_ value: Int64, to output: inout [UInt8]) {
    // Digits are written backwards into a small buffer, then appended at once:
    // this runs for every coordinate of a national map.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
      let zero = UInt8(ascii: "0")
      let magnitude = value.magnitude
      var integer = magnitude / UInt64(unit)
      var fraction = magnitude % UInt64(unit)
      var start = buffer.count
      if fraction > 0 {
        var digits = fractionDigits
        while fraction % 10 == 0 {
          fraction /= 10
          digits -= 1
        }
        for _ in 0..<digits {
          start -= 1
          buffer[start] = zero + UInt8(truncatingIfNeeded: fraction % 10)
          fraction /= 10
        }
        start -= 1
        buffer[start] = UInt8(ascii: ".")
      }
      repeat {
        start -= 1
        buffer[start] = zero + UInt8(truncatingIfNeeded: integer % 10)
        integer /= 10
      } while integer > 0
      if value < 0 {
        start -= 1
        buffer[start] = UInt8(ascii: "-")
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
    }
  }
}
