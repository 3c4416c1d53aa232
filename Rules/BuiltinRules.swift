import HeapLintCore

/// Every rule heaplint ships, in catalogue order.
public enum BuiltinRules {
  public static let all: [any Rule] = [
    BlocklistedIdentityRule(),
    HardcodedIdentityRule(),
    RandomIdentityRule(),
    CallBeforeLoadRule(),
    ConflictingIdentitiesRule(),
    IdentityTypeRule(),
    AnonymousIdentityRule(),
    NonUniqueIdentityRule(),
    UserPropertyValueRule(),
    UnknownHeapMethodRule(),
    ServerIdentityRule(),
    InvalidAppIDRule(),
    DuplicateLoadRule(),
  ]

  /// The rule with this id, if any.
  public static func rule(id: String) -> (any Rule)? { all.first { $0.id == id } }
}
