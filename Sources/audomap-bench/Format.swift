import Foundation

/// `value` with a fixed number of decimals, for benchmark lines.
func format(_ value: Double, _ decimals: Int) -> String {
  String(format: "%.\(decimals)f", value)
}
