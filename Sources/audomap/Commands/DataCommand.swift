import ArgumentParser

extension Audomap {
  /// `audomap data …`: commands on data tables. Named `DataCommand` so that it
  /// does not shadow Foundation's `Data` inside `Audomap`.
  struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "data",
      abstract: "Look into a data table before mapping it.",
      subcommands: [InspectTable.self])
  }
}
