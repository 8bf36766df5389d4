import ArgumentParser

@main
struct Audomap: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "French open data to maps.")
}
