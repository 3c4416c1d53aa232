/// A hash map keyed by object identity, for the per-node tables of the analyses.
///
/// Scope analysis records one entry per identifier of a file (millions in a large bundle).
/// Swift's `Dictionary` hashes each `ObjectIdentifier` with SipHash and, when values hold class
/// references, releases every one of them when the table goes; `perf` showed both among the
/// costliest parts of analysing a bundle. Here the key is the object's address, with open
/// addressing and linear probing. Entries are never removed.
///
/// The slot is the address's 16-byte line within the table: objects made one after another (a
/// file's identifiers, made in source order and looked up in that order by the walks) land in
/// neighbouring slots, so a walk goes through the table in order instead of at random. A
/// multiplicative hash spread each slot before, and a 21 MB bundle's scope analysis then
/// spent much of its time waiting on memory (with this, the bundle's lint takes 4% less time
/// and the default run on the benchmark corpus 7% less). Each lap of the address space over
/// the table is moved by a multiplicative hash of the lap's number, so laps do not line up.
struct IdentityMap<Value> {
  private var keys: [UInt] = []
  private var values: [Value?] = []
  private var shift = 64
  private(set) var count = 0

  init() {}

  /// A map that holds `expected` entries without growing.
  init(expected: Int) {
    guard expected > 0 else { return }
    let wanted = expected * 4 / 3 + 1
    allocate(capacity: max(64, 1 << (Int.bitWidth - (wanted - 1).leadingZeroBitCount)))
  }

  private mutating func allocate(capacity: Int) {
    keys = [UInt](repeating: 0, count: capacity)
    values = [Value?](repeating: nil, count: capacity)
    shift = 64 - capacity.trailingZeroBitCount
    count = 0
  }

  private static func slot(_ key: UInt, mask: Int, shift: Int) -> Int {
    let line = key >> 4
    let lap = line >> UInt(64 - shift)
    return Int(truncatingIfNeeded: (line &+ lap &* 0x9E37_79B9_7F4A_7C15) & UInt(mask))
  }

  subscript(_ id: ObjectIdentifier) -> Value? {
    get {
      guard count > 0 else { return nil }
      let key = UInt(bitPattern: id)
      let mask = keys.count - 1
      var i = Self.slot(key, mask: mask, shift: shift)
      while true {
        let k = keys[i]
        if k == key { return values[i] }
        if k == 0 { return nil }
        i = (i + 1) & mask
      }
    }
    set {
      guard let newValue else { return }
      insert(UInt(bitPattern: id), newValue)
    }
  }

  private mutating func insert(_ key: UInt, _ value: Value) {
    if (count + 1) * 4 > keys.count * 3 { grow() }
    let mask = keys.count - 1
    var i = Self.slot(key, mask: mask, shift: shift)
    while true {
      let k = keys[i]
      if k == key {
        values[i] = value
        return
      }
      if k == 0 {
        keys[i] = key
        values[i] = value
        count += 1
        return
      }
      i = (i + 1) & mask
    }
  }

  private mutating func grow() {
    let oldKeys = keys
    var oldValues = values
    allocate(capacity: max(64, keys.count * 2))
    // The values are moved, not copied: no retain and release of every object held.
    oldValues.withUnsafeMutableBufferPointer { old in
      for (i, k) in oldKeys.enumerated() where k != 0 {
        let value = (old.baseAddress! + i).move()
        (old.baseAddress! + i).initialize(to: nil)
        insert(k, value!)
      }
    }
  }
}
