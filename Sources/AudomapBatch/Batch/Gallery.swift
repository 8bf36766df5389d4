/// `index.html`: every visual of a run as a thumbnail with its title, alt
/// text, sizes and links, grouped by dataset. One page, no external file but
/// the visuals beside it, so it works offline and from any folder.
enum Gallery {
  /// - Parameter altTexts: the `.txt` written beside each visual's outputs, by visual name.
  static func html(_ report: BatchReport, altTexts: [String: String]) -> String {
    var datasets: [String] = []
    for visual in report.visuals where !datasets.contains(visual.dataset) { datasets.append(visual.dataset) }
    var body = ""
    for dataset in datasets {
      body += "<section>\n<h2>Données : \(escape(dataset))</h2>\n<div class=\"grid\">\n"
      for visual in report.visuals where visual.dataset == dataset {
        body += card(visual, altText: altTexts[visual.name] ?? "")
      }
      body += "</div>\n</section>\n"
    }
    let counts = "\(report.visuals.count) visuel\(report.visuals.count > 1 ? "s" : "") · \(report.rendered) produit\(report.rendered > 1 ? "s" : "")"
      + " · \(report.unchanged) inchangé\(report.unchanged > 1 ? "s" : "") · \(report.failed) en échec"
    return """
      <!DOCTYPE html>
      <html lang="fr">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Visuels audomap</title>
      <style>
      body { font-family: Lato, system-ui, sans-serif; margin: 0; padding: 1rem; background: #f4f4f2; color: #222; }
      h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
      figure { margin: 0; background: #fff; border-radius: .5rem; padding: .75rem; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
      figure img { width: 100%; height: auto; display: block; border: 1px solid #e4e4e4; }
      figcaption h3 { font-size: 1rem; margin: .6rem 0 .3rem; }
      .alt { font-size: .85rem; color: #444; margin: .3rem 0; }
      .alt summary { cursor: pointer; color: #0b5cad; }
      .sizes { font-size: .85rem; padding-left: 1.1rem; margin: .3rem 0; }
      .status { font-size: .75rem; color: #666; }
      .failed { border-left: .3rem solid #b3261e; }
      .error { color: #b3261e; font-size: .85rem; }
      a { color: #0b5cad; }
      </style>
      </head>
      <body>
      <h1>Visuels audomap</h1>
      <p class="status">\(escape(counts)) — manifeste \(escape(report.manifest))</p>
      \(body)</body>
      </html>

      """
  }

  private static func card(_ visual: BatchReport.Visual, altText: String) -> String {
    let thumbnail = visual.sizes.lazy.compactMap { $0.files.first { $0.hasSuffix(".png") } }.first
    var html = "<figure\(visual.status == .failed ? " class=\"failed\"" : "") id=\"\(escape(visual.name))\">\n"
    if let thumbnail, visual.status != .failed {
      html += "<a href=\"\(escape(thumbnail))\"><img src=\"\(escape(thumbnail))\" alt=\"\(escape(altText))\" loading=\"lazy\"></a>\n"
    }
    html += "<figcaption>\n<h3>\(escape(visual.title))</h3>\n"
    html += "<p class=\"status\">\(escape(visual.name)) · \(visual.kind == "map" ? "carte" : "graphique") · \(statusText(visual.status))</p>\n"
    for error in visual.errors { html += "<p class=\"error\">\(escape(error))</p>\n" }
    // Folded: the image carries it for screen readers; shown on demand to copy it into a post.
    if !altText.isEmpty {
      html += "<details class=\"alt\"><summary>Texte alternatif</summary><p>\(escape(altText))</p></details>\n"
    }
    html += "<ul class=\"sizes\">\n"
    for size in visual.sizes {
      let links = size.files.map { file in
        "<a href=\"\(escape(file))\">\(escape(String(file.split(separator: ".").last ?? "").uppercased()))</a>"
      }
      html += "<li>\(escape(size.preset)) \(size.width)×\(size.height) : \(links.joined(separator: " · "))</li>\n"
    }
    return html + "</ul>\n</figcaption>\n</figure>\n"
  }

  private static func statusText(_ status: BatchReport.Status) -> String {
    switch status {
    case .rendered: return "produit"
    case .unchanged: return "inchangé"
    case .failed: return "en échec"
    case .notSelected: return "non sélectionné"
    }
  }

  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
