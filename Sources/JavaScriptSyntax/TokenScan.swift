// The lexer on its own, without the parser: what the lexer micro-benchmark measures
// (`Benchmarks/`). The parser stays the only judge of what a `/` or a `}` means.

/// Tokenizes a whole source text without building a tree, to measure the lexer alone.
///
/// The lexer leaves two choices to the grammar: whether `/` starts a regular expression, and
/// whether `}` closes a template substitution. Here both are made the way a tokenizer without
/// a parser makes them: a `/` is a regular expression when the token before it cannot end an
/// expression, and a brace-depth stack tells a substitution's `}` from a block's. Ordinary code
/// is tokenized as the parser would; the count may differ on contrived code (a regular
/// expression right after a block's `}`), which does not matter for measuring speed.
public enum TokenScan {
  /// The number of tokens in `bytes`, end of input excluded.
  public static func count(_ bytes: [UInt8], module: Bool = false) -> Int {
    bytes.withUnsafeBufferPointer { buf in
      let lexer = Lexer(buf: buf, isModule: module, jsx: false, typescript: false)
      // Open braces inside each template substitution being read, innermost last.
      var substitutions: [Int] = []
      var previous = TokenKind.eof
      var previousKeyword = Keyword.none
      var tokens = 0
      lexer.next()
      while lexer.token.kind != .eof {
        switch lexer.token.kind {
        case .slash, .slashAssign:
          if !endsExpression(previous, previousKeyword) { lexer.rescanAsRegExp() }
        case .lbrace:
          if !substitutions.isEmpty { substitutions[substitutions.count - 1] += 1 }
        case .rbrace:
          if let open = substitutions.last {
            if open == 0 {
              substitutions.removeLast()
              lexer.rescanTemplateContinuation()
            } else {
              substitutions[substitutions.count - 1] -= 1
            }
          }
        default:
          break
        }
        if lexer.token.kind == .templateHead || lexer.token.kind == .templateMiddle { substitutions.append(0) }
        previous = lexer.token.kind
        previousKeyword = lexer.token.keyword
        tokens += 1
        lexer.next()
      }
      return tokens
    }
  }

  /// Whether a token can be the last of an expression, so that a `/` after it divides.
  private static func endsExpression(_ kind: TokenKind, _ keyword: Keyword) -> Bool {
    switch kind {
    case .name:
      // `this`, `super`, literals and plain names end an expression; other reserved words
      // (`return`, `typeof`, `in`, `case`, ...) are followed by an operand.
      switch keyword {
      case .this, .super, .null, .true, .false: return true
      default: return !keyword.isReserved && keyword != .yield && keyword != .await
      }
    case .privateName, .string, .number, .bigint, .regex, .template, .templateTail, .rparen, .rbracket, .rbrace,
      .plusPlus, .minusMinus:
      return true
    default:
      return false
    }
  }
}
