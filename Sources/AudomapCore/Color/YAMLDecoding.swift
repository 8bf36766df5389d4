import Foundation
import Yams

/// Why a YAML file did not decode, with the key at fault as a reader finds it
/// in the file (`neutrals.text`, `ramps[2].colors`), for the loaders
/// (`Palette`, `NamedRamp`) to turn into their own located errors.
enum YAMLDecodingFailure: Error {
  /// The value at `key` has the wrong shape; `codingPath` tells the loader what was expected there.
  case wrongType(key: String, codingPath: [any CodingKey])
  /// A key the format does not define, usually a typo; `known` are the keys allowed there.
  case unknownKey(key: String, known: [String])
  /// The text is not YAML; `detail` is the parser's message with line and column.
  case invalid(detail: String)
}

/// Decodes `yaml` as `T`, reporting failures by key rather than as decoder messages.
func decodeYAML<T: Decodable>(_ type: T.Type, from yaml: String) throws(YAMLDecodingFailure) -> T {
  do {
    return try YAMLDecoder().decode(type, from: yaml)
  } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
    throw .wrongType(key: keyPath(context.codingPath), codingPath: context.codingPath)
  } catch DecodingError.dataCorrupted(let context) {
    // Yams wraps errors thrown by `init(from:)`, such as `UnknownKey`, in dataCorrupted.
    if let unknown = context.underlyingError as? UnknownKey {
      throw .unknownKey(key: keyPath(unknown.codingPath), known: unknown.known)
    }
    throw .invalid(detail: context.underlyingError.map { String(describing: $0) } ?? context.debugDescription)
  } catch {
    throw .invalid(detail: String(describing: error))
  }
}

/// Thrown while decoding when a mapping has a key the format does not define.
struct UnknownKey: Error {
  let codingPath: [any CodingKey]
  let known: [String]
}

/// Any key, to list every key a mapping actually has.
struct AnyKey: CodingKey {
  let stringValue: String
  let intValue: Int?

  init(stringValue: String) {
    self.stringValue = stringValue
    intValue = nil
  }

  init?(intValue: Int) {
    stringValue = String(intValue)
    self.intValue = intValue
  }
}

/// The keyed container for `Keys`, after checking the mapping has no other
/// keys: a typo such as `fonts:` would otherwise be silently ignored.
func checkedContainer<Keys: CodingKey & CaseIterable>(
  _ decoder: any Decoder, keyedBy: Keys.Type
) throws -> KeyedDecodingContainer<Keys> {
  let all = try decoder.container(keyedBy: AnyKey.self).allKeys
  let unknown = all.map(\.stringValue).filter { Keys(stringValue: $0) == nil }.sorted()
  if let first = unknown.first {
    throw UnknownKey(
      codingPath: decoder.codingPath + [AnyKey(stringValue: first)], known: Keys.allCases.map(\.stringValue))
  }
  return try decoder.container(keyedBy: Keys.self)
}

/// `neutrals.text`, `brand[2].color`, `sequential[0]`: the key as a reader finds it
/// in the file; empty for the whole file.
func keyPath(_ codingPath: [any CodingKey]) -> String {
  var text = ""
  for key in codingPath {
    if let index = key.intValue {
      text += "[\(index)]"
    } else {
      text += (text.isEmpty ? "" : ".") + key.stringValue
    }
  }
  return text
}
