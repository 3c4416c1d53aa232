// Punctuator, DivPunctuator, RightBracePunctuator and OptionalChainingPunctuator.

extension Lexer {
  /// Punctuator :: OptionalChainingPunctuator | OtherPunctuator; DivPunctuator; RightBracePunctuator.
  /// Longest match; `?.` only when not followed by a decimal digit.
  func scanPunctuator() {
    let b = buf[pos]
    let c1 = peekByte(1)
    let c2 = peekByte(2)
    let eq = UInt8(ascii: "=")
    pos += 1
    switch b {
    case UInt8(ascii: "{"): token.kind = .lbrace
    case UInt8(ascii: "}"): token.kind = .rbrace
    case UInt8(ascii: "("): token.kind = .lparen
    case UInt8(ascii: ")"): token.kind = .rparen
    case UInt8(ascii: "["): token.kind = .lbracket
    case UInt8(ascii: "]"): token.kind = .rbracket
    case UInt8(ascii: ";"): token.kind = .semicolon
    case UInt8(ascii: ","): token.kind = .comma
    case UInt8(ascii: ":"): token.kind = .colon
    case UInt8(ascii: "~"): token.kind = .tilde
    case UInt8(ascii: "@"): token.kind = .at
    case UInt8(ascii: "."):
      if c1 == UInt8(ascii: ".") && c2 == UInt8(ascii: ".") { pos += 2; token.kind = .ellipsis } else { token.kind = .dot }
    case UInt8(ascii: "?"):
      if c1 == UInt8(ascii: "?") {
        if c2 == eq { pos += 2; token.kind = .questionQuestionAssign } else { pos += 1; token.kind = .questionQuestion }
      } else if c1 == UInt8(ascii: ".") && !isDigit(c2) {
        pos += 1
        token.kind = .questionDot
      } else {
        token.kind = .question
      }
    case UInt8(ascii: "<"):
      if c1 == UInt8(ascii: "<") {
        if c2 == eq { pos += 2; token.kind = .shlAssign } else { pos += 1; token.kind = .shl }
      } else if c1 == eq {
        pos += 1
        token.kind = .le
      } else {
        token.kind = .lt
      }
    case UInt8(ascii: ">"):
      if c1 == UInt8(ascii: ">") {
        if c2 == UInt8(ascii: ">") {
          if peekByte(2) == eq { pos += 3; token.kind = .shrAssign } else { pos += 2; token.kind = .shr }
        } else if c2 == eq {
          pos += 2
          token.kind = .sarAssign
        } else {
          pos += 1
          token.kind = .sar
        }
      } else if c1 == eq {
        pos += 1
        token.kind = .ge
      } else {
        token.kind = .gt
      }
    case UInt8(ascii: "="):
      if c1 == eq {
        if c2 == eq { pos += 2; token.kind = .eqStrict } else { pos += 1; token.kind = .eq }
      } else if c1 == UInt8(ascii: ">") {
        pos += 1
        token.kind = .arrow
      } else {
        token.kind = .assign
      }
    case UInt8(ascii: "!"):
      if c1 == eq {
        if c2 == eq { pos += 2; token.kind = .neStrict } else { pos += 1; token.kind = .ne }
      } else {
        token.kind = .bang
      }
    case UInt8(ascii: "+"):
      if c1 == UInt8(ascii: "+") { pos += 1; token.kind = .plusPlus } else if c1 == eq { pos += 1; token.kind = .plusAssign } else { token.kind = .plus }
    case UInt8(ascii: "-"):
      if c1 == UInt8(ascii: "-") { pos += 1; token.kind = .minusMinus } else if c1 == eq { pos += 1; token.kind = .minusAssign } else { token.kind = .minus }
    case UInt8(ascii: "*"):
      if c1 == UInt8(ascii: "*") {
        if c2 == eq { pos += 2; token.kind = .starStarAssign } else { pos += 1; token.kind = .starStar }
      } else if c1 == eq {
        pos += 1
        token.kind = .starAssign
      } else {
        token.kind = .star
      }
    case UInt8(ascii: "%"):
      if c1 == eq { pos += 1; token.kind = .percentAssign } else { token.kind = .percent }
    case UInt8(ascii: "&"):
      if c1 == UInt8(ascii: "&") {
        if c2 == eq { pos += 2; token.kind = .ampAmpAssign } else { pos += 1; token.kind = .ampAmp }
      } else if c1 == eq {
        pos += 1
        token.kind = .ampAssign
      } else {
        token.kind = .amp
      }
    case UInt8(ascii: "|"):
      if c1 == UInt8(ascii: "|") {
        if c2 == eq { pos += 2; token.kind = .pipePipeAssign } else { pos += 1; token.kind = .pipePipe }
      } else if c1 == eq {
        pos += 1
        token.kind = .pipeAssign
      } else {
        token.kind = .pipe
      }
    case UInt8(ascii: "^"):
      if c1 == eq { pos += 1; token.kind = .caretAssign } else { token.kind = .caret }
    case UInt8(ascii: "/"):
      if c1 == eq { pos += 1; token.kind = .slashAssign } else { token.kind = .slash }
    default:
      // Control characters and other stray bytes.
      error("invalid character", pos - 1, pos)
      token.kind = .invalid
    }
  }
}

extension TokenKind {
  /// The spelling of an operator token, as a string constant: the tree's `operator` fields take
  /// it without decoding the source bytes again (nil for tokens that are not operators).
  var operatorSpelling: String? {
    switch self {
    case .lt: return "<"
    case .gt: return ">"
    case .le: return "<="
    case .ge: return ">="
    case .eq: return "=="
    case .ne: return "!="
    case .eqStrict: return "==="
    case .neStrict: return "!=="
    case .plus: return "+"
    case .minus: return "-"
    case .star: return "*"
    case .percent: return "%"
    case .starStar: return "**"
    case .plusPlus: return "++"
    case .minusMinus: return "--"
    case .shl: return "<<"
    case .sar: return ">>"
    case .shr: return ">>>"
    case .amp: return "&"
    case .pipe: return "|"
    case .caret: return "^"
    case .bang: return "!"
    case .tilde: return "~"
    case .ampAmp: return "&&"
    case .pipePipe: return "||"
    case .questionQuestion: return "??"
    case .assign: return "="
    case .plusAssign: return "+="
    case .minusAssign: return "-="
    case .starAssign: return "*="
    case .percentAssign: return "%="
    case .starStarAssign: return "**="
    case .shlAssign: return "<<="
    case .sarAssign: return ">>="
    case .shrAssign: return ">>>="
    case .ampAssign: return "&="
    case .pipeAssign: return "|="
    case .caretAssign: return "^="
    case .ampAmpAssign: return "&&="
    case .pipePipeAssign: return "||="
    case .questionQuestionAssign: return "??="
    case .slash: return "/"
    case .slashAssign: return "/="
    default: return nil
    }
  }
}
