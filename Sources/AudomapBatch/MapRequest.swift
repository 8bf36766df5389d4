import AudomapCore

/// Everything `audomap map` needs to draw one choropleth.
public struct MapRequest: Hashable, Sendable {
  public var basemapPath: String
  /// The basemap property holding commune codes; detected when nil.
  public var idField: String?
  public var dataPath: String
  /// The table column holding commune codes; detected when nil.
  public var keyColumn: String?
  public var valueColumn: String
  public var filters: [RowFilter]
  /// How codes are matched, rows combined and the value derived; what is checked.
  public var join: JoinSettings
  public var method: ClassificationMethod
  public var classCount: Int
  public var texts: MapTexts
  /// The kind of map, labels, outline and the like.
  public var design: MapDesign
  /// Draw only the member communes of this EPCI (SIREN or name), from a member list.
  public var within: Within?
  public var size: PageSize
  /// PNG pixels per layout unit: 2 draws the same layout twice as sharp.
  public var scale: Int
  public var brandPath: String
  /// One or more files; the format of each comes from its extension.
  public var outputPaths: [String]

  public init(
    basemapPath: String, idField: String? = nil, dataPath: String, keyColumn: String? = nil, valueColumn: String, filters: [RowFilter] = [],
    join: JoinSettings = JoinSettings(),
    method: ClassificationMethod = .quantile, classCount: Int = 5, texts: MapTexts, design: MapDesign = MapDesign(), within: Within? = nil,
    size: PageSize = PageSize(width: 1080, height: 1080), scale: Int = 1, brandPath: String, outputPaths: [String]
  ) {
    self.basemapPath = basemapPath
    self.idField = idField
    self.dataPath = dataPath
    self.keyColumn = keyColumn
    self.valueColumn = valueColumn
    self.filters = filters
    self.join = join
    self.method = method
    self.classCount = classCount
    self.texts = texts
    self.design = design
    self.within = within
    self.size = size
    self.scale = scale
    self.brandPath = brandPath
    self.outputPaths = outputPaths
  }
}

/// The EPCI a map is cut to and where its members are listed.
public struct Within: Hashable, Sendable {
  public var epci: String
  public var listPath: String

  public init(epci: String, listPath: String) {
    self.epci = epci
    self.listPath = listPath
  }
}

/// What a map run did, for the CLI to print.
public struct MapReport: Hashable, Sendable {
  public var join: JoinReport
  /// The classes of the colours; nil on a map of circles only.
  public var classification: Classification?
  public var projection: String
  public var featureCount: Int
  /// Features left out because they lie outside the projection's domain.
  public var outsideProjection: Int
  /// Features without any polygon to draw.
  public var withoutPolygon: Int
  /// What the repair stage fixed in the basemap before drawing it.
  public var basemapFixes: [DefectEntry]
  public var written: [String]
  /// What `--update-codes` merged in the basemap.
  public var codeUpdate: CodeUpdatePlan? = nil
  /// What `--expect-members` found.
  public var members: MemberCoverage? = nil
  /// The categories of a typology, most frequent first.
  public var categories: [String] = []
  /// A locator inset was asked for but no corner of the map was free.
  public var insetLeftOut = false
  /// Labels left out for lack of room.
  public var droppedLabels: [String] = []
  /// Colours hard to tell apart for some readers, text without enough contrast.
  public var colorWarnings: [String] = []
  /// The legend's place: "right", "bottom" or a corner of the map.
  public var legendPosition: String = ""
  /// The French description written beside each output and into the SVG.
  public var altText: String = ""
}
