/// "Did you mean ...?" support: finds the candidate closest to a misspelt word.
public enum Suggestion {
  /// The candidate nearest to `word`, or nil when none is close enough to be a plausible typo.
  ///
  /// Candidates that differ only in case, `-` and `_` win outright (`random-generators` finds
  /// `randomGenerators`); otherwise the smallest edit distance wins, ties broken alphabetically, and
  /// only distances up to a third of the word's length (at least 2) count.
  public static func nearest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
    let sorted = candidates.sorted()
    let folded = fold(word)
    if let same = sorted.first(where: { fold($0) == folded && $0 != word }) { return same }
    let limit = max(2, word.unicodeScalars.count / 3)
    var best: (distance: Int, candidate: String)?
    for candidate in sorted where candidate != word {
      let distance = editDistance(word, candidate, limit: limit)
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (distance, candidate)
      }
    }
    return best?.candidate
  }

  /// ` did you mean 'x'?` with a leading space, or the empty string.
  public static func didYouMean<S: Sequence>(_ word: String, in candidates: S) -> String where S.Element == String {
    guard let match = nearest(to: word, in: candidates) else { return "" }
    return " did you mean '\(match)'?"
  }

  private static func fold(_ s: String) -> String {
    String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" }))
  }

  /// Levenshtein distance over Unicode scalars; gives up (returns `limit + 1`) on words far apart.
  public static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      var rowMin = current[0]
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMin = min(rowMin, current[j])
      }
      if rowMin > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return previous[y.count]
  }
}
