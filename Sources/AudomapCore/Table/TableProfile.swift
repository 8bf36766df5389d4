/// What a table holds, column by column: what `audomap data inspect` reports.
public struct TableProfile: Hashable, Sendable, Codable {
  public var source: String
  public var encoding: TextEncoding
  public var hadByteOrderMark: Bool
  /// The separator character (`\t` for tab).
  public var separator: String
  /// `comma`, `semicolon`, `tab` or `pipe`.
  public var separatorName: String
  public var rowCount: Int
  public var columns: [ColumnProfile]

  /// Profiles every column of `table`.
  public init(_ table: Table) {
    source = table.source
    encoding = table.encoding
    hadByteOrderMark = table.hadByteOrderMark
    separator = String(Unicode.Scalar(table.separator))
    separatorName = Self.separatorNames[table.separator] ?? separator
    rowCount = table.rows.count
    let codeColumn = CodeColumnDetector.detect(in: table)
    columns = table.columns.indices.map { index in
      ColumnProfile(table, column: index, isCommuneCodeColumn: table.columns[index] == codeColumn)
    }
  }

  private static let separatorNames: [UInt8: String] = [
    UInt8(ascii: ","): "comma", UInt8(ascii: ";"): "semicolon", UInt8(ascii: "\t"): "tab", UInt8(ascii: "|"): "pipe",
  ]
}

/// The detected type of a column.
public enum ColumnType: String, Hashable, Sendable, Codable, CaseIterable {
  /// INSEE commune codes: the column a join would use.
  case communeCode = "commune-code"
  /// Digits whose leading zeros matter (`001`, `01`): an identifier, not a number.
  case code
  /// Whole numbers from 1800 to 2100 written with four digits.
  case year
  case integer
  case decimal
  /// Numbers written with `%`.
  case percentage
  case text
  /// Every cell is missing.
  case empty

  /// The type in words, for reports: `commune code`, `integer`, …
  public var label: String { self == .communeCode ? "commune code" : rawValue }

  /// Whether cells of this type read as numbers.
  public var isNumeric: Bool { [.year, .integer, .decimal, .percentage].contains(self) }
}

/// One column of a ``TableProfile``.
public struct ColumnProfile: Hashable, Sendable, Codable {
  /// A cell that does not read as the column's type, with its line in the file.
  public struct Cell: Hashable, Sendable, Codable {
    public var line: Int
    public var text: String

    public init(line: Int, text: String) {
      self.line = line
      self.text = text
    }
  }

  public var name: String
  public var type: ColumnType
  /// Cells that are empty or a ``NumberParser/missingTokens`` token (`NA`, `s`, `-`, …).
  public var missingCount: Int
  /// In a numeric column, the cells that are neither missing nor numbers (`12 ans`).
  public var unreadableCount: Int
  /// The first unreadable cells.
  public var unreadableSamples: [Cell]
  /// Distinct non-missing values.
  public var distinctCount: Int
  /// The first distinct non-missing values, as written (trimmed).
  public var samples: [String]
  /// The smallest and largest numbers of a numeric column.
  public var minimum: Double?
  public var maximum: Double?

  /// Sample values and unreadable cells kept per column.
  public static let sampleLimit = 3
  /// The share of non-missing cells that must read as numbers for a numeric type:
  /// a stray `12 ans` is reported, it does not turn a column of numbers into text.
  static let minimumNumericShare = 0.9

  /// Profiles column `column` of `table`.
  /// - Parameter isCommuneCodeColumn: whether the column holds the commune codes (see ``CodeColumnDetector``).
  public init(_ table: Table, column: Int, isCommuneCodeColumn: Bool = false) {
    name = table.columns[column]
    var missing = 0
    var numbers = 0
    var percentages = 0
    var allIntegral = true
    var allYearShaped = true
    var allCodeShaped = true
    var anyLeadingZero = false
    var notNumbers: [Cell] = []
    var notNumberCount = 0
    var distinct: Set<String> = []
    var samples: [String] = []
    var minimum = Double.infinity
    var maximum = -Double.infinity
    for (row, cells) in table.rows.enumerated() {
      let text = cells[column]
      let cell = NumberParser.read(text)
      if cell == .missing {
        missing += 1
        continue
      }
      let trimmed = text.trimmingSpaces
      if distinct.insert(trimmed).inserted, samples.count < Self.sampleLimit { samples.append(trimmed) }
      let utf8 = trimmed.utf8
      allCodeShaped = allCodeShaped && utf8.allSatisfy { $0 < 0x80 && (Self.isDigit($0) || Self.isLetter($0)) }
      anyLeadingZero = anyLeadingZero || (utf8.count > 1 && utf8.first == UInt8(ascii: "0"))
      guard let value = cell.value else {
        notNumberCount += 1
        if notNumbers.count < Self.sampleLimit { notNumbers.append(Cell(line: table.lineNumbers[row], text: text)) }
        continue
      }
      numbers += 1
      if case .percentage = cell { percentages += 1 }
      allIntegral = allIntegral && value.rounded() == value
      allYearShaped = allYearShaped && utf8.count == 4 && (1800...2100).contains(value)
      minimum = min(minimum, value)
      maximum = max(maximum, value)
    }

    let filled = table.rows.count - missing
    let numeric = numbers > 0 && Double(numbers) >= Double(filled) * Self.minimumNumericShare
    if filled == 0 {
      type = .empty
    } else if isCommuneCodeColumn {
      type = .communeCode
    } else if allCodeShaped && anyLeadingZero {
      type = .code
    } else if !numeric {
      type = .text
    } else if percentages > 0 {
      type = .percentage
    } else if allYearShaped {
      type = .year
    } else {
      type = allIntegral ? .integer : .decimal
    }
    self.missingCount = missing
    self.unreadableCount = type.isNumeric ? notNumberCount : 0
    self.unreadableSamples = type.isNumeric ? notNumbers : []
    self.distinctCount = distinct.count
    self.samples = samples
    self.minimum = type.isNumeric ? minimum : nil
    self.maximum = type.isNumeric ? maximum : nil
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte & ~0x20)
  }
}
