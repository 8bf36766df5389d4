/// The version of audomap: `audomap --version` prints it, and a batch run re-renders
/// every visual after an upgrade, since the same inputs may then draw differently.
public enum AudomapVersion {
  public static let current = "0.2.0"
}
