import JavaScriptSyntax

/// An app id given to a build plugin that installs the Heap snippet, such as
/// `{ resolve: 'gatsby-plugin-heap', options: { appId: '...' } }` in `gatsby-config.js`.
public struct ConfiguredAppID {
  public var script: Int
  /// The `appId` value.
  public var node: Node
  /// For messages: `gatsby-plugin-heap's appId`.
  public var description: String
}

extension HeapDocument {
  /// Plugins that take Heap's app id in their options, and the option's name.
  static let appIDPlugins: [String: String] = ["gatsby-plugin-heap": "appId"]

  /// The app ids given to snippet-installing plugins in this document.
  public var configuredAppIDs: [ConfiguredAppID] {
    var out: [ConfiguredAppID] = []
    for (i, script) in scripts.enumerated() {
      let mentions = script.code.withUnsafeBufferPointer { code in
        Self.appIDPlugins.keys.contains { Prefilter.contains(code, Array($0.utf8)) }
      }
      guard mentions else { continue }
      var depth = 0
      func visit(_ n: Node) {
        depth += 1
        defer { depth -= 1 }
        guard depth < 1_000 else { return }
        if let o = n as? ObjectExpression, let resolve = property(o, "resolve"),
          case .constant(.string(let name), _)? = value(of: resolve, script: i).possibilities.first,
          let key = Self.appIDPlugins[name], let options = property(o, "options").flatMap({ objectLiteral($0, script: i) }),
          let appID = property(options, key)
        {
          out.append(ConfiguredAppID(script: i, node: appID, description: "\(name)'s \(key)"))
        }
        n.forEachChild(visit)
      }
      visit(script.program)
    }
    return out
  }
}
