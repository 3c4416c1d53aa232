// The parser's list stack: the elements of every list being parsed (arguments, statements,
// properties, parameters), innermost last.
//
// A list built by appending to a fresh array reallocates at every doubling of its length (1, 2,
// 4, 8... elements) and ends with up to twice the memory it needs. Collected on this stack and
// moved out once, a list costs one allocation of exactly its size. Nested lists are pushed above
// their enclosing one and always taken (or dropped) before the enclosing list grows again.

extension JSParser {
  /// Where the list that starts now begins on the stack.
  @inline(__always) func beginList() -> Int { listCount }

  /// Adds `node` to the innermost list.
  @inline(__always) func appendToList(_ node: Node) {
    if listCount == listCapacity { growListStack() }
    (listStorage + listCount).initialize(to: node)
    listCount += 1
  }

  /// The elements pushed since `base`, as an array of exactly their count; the stack returns to `base`.
  func takeList(from base: Int) -> [Node] {
    let n = listCount - base
    if n <= 0 { return [] }
    let storage = listStorage
    let list = [Node](unsafeUninitializedCapacity: n) { buffer, initialized in
      // Moved, not copied: no reference counting, and the stack slots are left uninitialized.
      buffer.baseAddress!.moveInitialize(from: storage + base, count: n)
      initialized = n
    }
    listCount = base
    return list
  }

  /// `takeList` for a list whose elements are all of the node class `T` (the caller appended
  /// only `T`s): class references of any class have the same layout.
  func takeList<T: Node>(from base: Int, of _: T.Type) -> [T] {
    let n = listCount - base
    if n <= 0 { return [] }
    let storage = listStorage
    let list = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
      (storage + base).withMemoryRebound(to: T.self, capacity: n) { source in
        buffer.baseAddress!.moveInitialize(from: source, count: n)
      }
      initialized = n
    }
    listCount = base
    return list
  }

  /// Releases anything a list left above `base` (a `defer` after `beginList`, for early exits).
  @inline(__always) func dropList(to base: Int) {
    if listCount > base {
      (listStorage + base).deinitialize(count: listCount - base)
      listCount = base
    }
  }

  func growListStack() {
    let capacity = max(64, listCapacity * 2)
    let storage = UnsafeMutablePointer<Node>.allocate(capacity: capacity)
    storage.moveInitialize(from: listStorage, count: listCount)
    listStorage.deallocate()
    listStorage = storage
    listCapacity = capacity
  }
}
