// Deterministic minified JavaScript for the benchmarks: no network, no files, the same bytes on
// every machine and every run, so that two runs (or two commits) measure the same input.

/// A small pseudo-random generator (SplitMix64) with a fixed seed: the inputs must not depend on
/// the platform's random source.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`.
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Writes code the way a minifier leaves it: one- and two-letter names, no spaces, `!0` for
/// `true`, comma sequences, IIFE module wrappers, with the constructs real bundles are made of
/// (classes, arrow functions, templates, regular expressions, object literals, loops, switch,
/// try/catch). Heap calls are mixed in at a chosen rate.
struct SyntheticJavaScript {
  private var random: SplitMix64
  private var out: [UInt8] = []
  private var declared = 0

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// Heap's loader as a page includes it (in our own minified words), then the load call.
  static let heapLoader =
    "window.heapReadyCb=window.heapReadyCb||[],window.heap=window.heap||[],heap.load=function(e,t){"
    + "window.heap.envId=e,window.heap.clientConfig=t=t||{},window.heap.clientConfig.shouldFetchServerConfig=!1;"
    + "var a=document.createElement(\"script\");a.type=\"text/javascript\",a.async=!0,"
    + "a.src=\"https://cdn.us.heap-api.com/config/\"+e+\"/heap_config.js\";"
    + "var r=document.getElementsByTagName(\"script\")[0];r.parentNode.insertBefore(a,r);"
    + "var n=[\"init\",\"startTracking\",\"stopTracking\",\"track\",\"resetIdentity\",\"identify\",\"getSessionId\","
    + "\"getUserId\",\"getIdentity\",\"addUserProperties\",\"addEventProperties\",\"removeEventProperty\","
    + "\"clearEventProperties\",\"addAccountProperties\",\"addAdapter\",\"addTransformer\",\"addTransformerFn\","
    + "\"onReady\",\"addPageviewProperties\",\"removePageviewProperty\",\"clearPageviewProperties\",\"trackPageview\"],"
    + "i=function(e){return function(){var t=Array.prototype.slice.call(arguments,0);"
    + "window.heapReadyCb.push({name:e,fn:function(){heap[e]&&heap[e].apply(heap,t)}})}};"
    + "for(var p=0;p<n.length;p++)heap[n[p]]=i(n[p])};heap.load(\"3171659402\");\n"

  /// About `size` bytes of minified code (whole statements, so slightly more), starting with
  /// Heap's loader when `heapEvery` is not nil. One statement in `heapEvery` (on average) is a
  /// Heap call; one Heap call in `mistakeEvery` is a mistake heaplint reports.
  static func make(size: Int, seed: UInt64, heapEvery: Int?, mistakeEvery: Int = 8) -> [UInt8] {
    var writer = SyntheticJavaScript(seed: seed)
    writer.out.reserveCapacity(size + 4096)
    if heapEvery != nil { writer.out += Array(heapLoader.utf8) }
    while writer.out.count < size {
      writer.module(targetEnd: min(size, writer.out.count + 2_000 + writer.random.below(30_000)), heapEvery: heapEvery, mistakeEvery: mistakeEvery)
    }
    return writer.out
  }

  // MARK: - Pieces

  private mutating func emit(_ s: String) { out += Array(s.utf8) }

  private static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_")
  private static let properties = [
    "length", "push", "map", "filter", "reduce", "forEach", "indexOf", "slice", "concat", "join", "split", "replace",
    "toLowerCase", "trim", "call", "apply", "bind", "prototype", "exports", "default", "props", "state", "children",
    "className", "style", "value", "target", "current", "createElement", "addEventListener", "getAttribute", "options",
    "config", "data", "items", "id", "name", "type", "key", "then", "catch", "resolve", "keys", "assign", "defineProperty",
  ]
  private static let words = [
    "click", "submit", "change", "button", "modal", "open", "close", "error", "loading", "ready", "checkout",
    "cart", "item", "price", "total", "user", "account", "settings", "search", "results", "page", "next", "prev",
  ]

  /// A one- or two-letter name, as minifiers give locals (never a reserved word).
  private mutating func name() -> String {
    let first = String(random.pick(Self.letters))
    guard random.below(3) == 0 else { return first }
    let two = first + String(random.pick(Self.letters))
    return ["do", "if", "in", "of"].contains(two) ? first : two
  }

  /// Two different names, for parameter lists (strict code forbids duplicates).
  private mutating func twoNames() -> String {
    let a = name()
    var b = name()
    while b == a { b = name() }
    return "\(a),\(b)"
  }

  /// A name used for nothing else in the output (`let`, `const`, `class` and functions may
  /// not be declared twice in one scope).
  private mutating func fresh() -> String {
    declared += 1
    return "$$" + String(declared, radix: 36)
  }

  private mutating func property() -> String { random.pick(Self.properties) }
  private mutating func word() -> String { random.pick(Self.words) }

  /// A short expression: names, member chains, calls, literals, operators.
  private mutating func expression(depth: Int = 0) -> String {
    let choice = depth > 2 ? random.below(4) : random.below(14)
    switch choice {
    case 0: return name()
    case 1: return String(random.below(1000))
    case 2: return "\"\(word())-\(random.below(100))\""
    case 3: return "\(name()).\(property())"
    case 4: return "\(name()).\(property())(\(expression(depth: depth + 1)))"
    case 5:
      // Parenthesised below the top: `??` may not be mixed with `&&` or `||` unparenthesised.
      let binary = "\(expression(depth: depth + 1))\(random.pick(["+", "-", "*", "===", "!==", "&&", "||", "<", ">=", "??"]))\(expression(depth: depth + 1))"
      return depth == 0 ? binary : "(\(binary))"
    case 6: return "!\(random.below(2))"
    case 7: return "\(name())?\(expression(depth: depth + 1)):\(expression(depth: depth + 1))"
    case 8: return "({\(name()):\(expression(depth: depth + 1)),\(property()):\"\(word())\",\(name())})"
    case 9: return "[\(expression(depth: depth + 1)),\(expression(depth: depth + 1)),\(random.below(10))]"
    case 10: return "((\(twoNames()))=>\(expression(depth: depth + 1)))"
    case 11: return "`\(word())-${\(name()).\(property())}-${\(expression(depth: depth + 1))}`"
    case 12: return "\(name()).\(property()).\(random.pick(["replace", "match", "test"]))(/[\\s\(random.pick(["a-z", "0-9", "_-"]))]+\(random.pick(["", "$", "\\/"]))/g,\"\")"
    default: return "new \(name().uppercased())(\(expression(depth: depth + 1)))"
    }
  }

  /// One statement of ordinary code.
  private mutating func statement() {
    switch random.below(12) {
    case 0:
      emit("function \(fresh())(\(twoNames())){if(!\(name()))return \(expression());for(var d=0,e=\(name()).length;d<e;d++)if(\(name())[d]===\(expression()))return d;return-1}")
    case 1:
      emit("var \(name())=\(expression()),\(name())=\(expression());")
    case 2:
      emit("const \(fresh())=(\(twoNames()))=>{const \(fresh())=\(expression());return \(expression())};")
    case 3:
      emit("class \(fresh()) extends \(name().uppercased()){constructor(n){super(n),this.\(property())=n||{}}get \(word())(){return this.\(property())}static \(word())(r){return new this(r)}}")
    case 4:
      emit("try{\(name()).\(property())(\(expression()))}catch(\(name())){console.error(\"\(word())\",\(name()))}")
    case 5:
      emit("switch(\(name()).type){case\"\(word())\":return \(expression());case\"\(word())\":\(name())=\(expression());break;default:return \(name())}")
    case 6:
      emit("\(name()).\(property())(function(\(name())){return \(expression())}),\(name()).\(property())=\(expression());")
    case 7:
      emit("if(\(expression()))\(name())=\(expression());else{\(name()).\(property())(\(expression()));\(name())++}")
    case 8:
      emit("\(name()).addEventListener(\"\(word())\",function(\(name())){\(name()).preventDefault(),\(name())(\(expression()))},!1);")
    case 9:
      emit("Object.defineProperty(\(name()),\"\(word())\",{enumerable:!0,get:function(){return \(expression())}});")
    case 10:
      emit("for(const \(name()) of \(name()).\(property())())\(name()).push(\(expression()));")
    default:
      emit("\(name())=\(expression()),\(name())=\(expression());")
    }
  }

  /// One Heap call, a mistake one time in `mistakeEvery`.
  private mutating func heapCall(mistakeEvery: Int) {
    if random.below(mistakeEvery) == 0 {
      switch random.below(3) {
      case 0: emit("heap.identify(\"guest\");")
      case 1: emit("heap.identify(\"admin\");")
      default: emit("window.heap.identify(Date.now().toString());")
      }
      return
    }
    switch random.below(5) {
    case 0: emit("heap.track(\"\(word()) \(word())\",{\(property()):\(name()).\(property()),count:\(random.below(50))});")
    case 1: emit("\(name()).\(property())&&heap.identify(\(name()).\(random.pick(["email", "userId", "uuid"])));")
    case 2: emit("heap.addUserProperties({plan:\(name()).plan,seats:\(random.below(100))});")
    case 3: emit("window.heap&&window.heap.addEventProperties({\(word()):\"\(word())\"});")
    default: emit("heap.track(\"\(word())\");")
    }
  }

  /// A module wrapper around statements up to `targetEnd` bytes.
  private mutating func module(targetEnd: Int, heapEvery: Int?, mistakeEvery: Int) {
    let id = name()
    if random.below(2) == 0 {
      emit("!function(\(id),e){\"object\"==typeof exports&&\"undefined\"!=typeof module?module.exports=e():\"function\"==typeof define&&define.amd?define(e):(\(id)=\(id)||self).\(word().capitalized)=e()}(this,function(){\"use strict\";")
      body(targetEnd, heapEvery, mistakeEvery)
      emit("return \(name())});\n")
    } else {
      emit("(function(){")
      body(targetEnd, heapEvery, mistakeEvery)
      emit("})();\n")
    }
  }

  private mutating func body(_ targetEnd: Int, _ heapEvery: Int?, _ mistakeEvery: Int) {
    while out.count < targetEnd {
      if let heapEvery, random.below(heapEvery) == 0 { heapCall(mistakeEvery: mistakeEvery) } else { statement() }
    }
  }
}

extension String {
  fileprivate var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
