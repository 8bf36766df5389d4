/// Finds the column of a table that holds commune codes, for joins without `--key`.
public enum CodeColumnDetector {
  /// The column whose non-empty values are (nearly) all commune codes, or nil.
  ///
  /// Names such as `insee`, `COM`, `codgeo` or `Code Commune` win over other
  /// columns of codes (a 5-digit postal code also looks like one); on a tie, the
  /// earlier column wins. Under such a name, codes that a spreadsheet wrote as
  /// numbers (`1001` for `01001`) count as codes.
  public static func detect(in table: Table) -> String? {
    CodeFieldRanking.best(names: table.columns, itemCount: table.rows.count, repairingNamedColumns: true) { column, row in
      table.rows[row][column]
    }
  }
}
