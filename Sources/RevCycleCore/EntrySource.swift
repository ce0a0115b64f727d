/// Where a journal entry came from, so every cent can be traced back to a document or a person.
public struct EntrySource: Sendable, Hashable {
    /// The kind of source document or actor.
    public enum Kind: String, Sendable, CaseIterable {
        /// An 835 remittance: reference is `trace/claim/line`.
        case remittance
        /// A card or bank payment through the gateway: reference is the gateway's charge id.
        case gateway
        /// A person's action in the CLI: reference is the user name.
        case userAction = "user"
        /// The charge capture or another module's workflow: reference names it.
        case system
        /// A reversal of an earlier entry: reference is the reversed entry id.
        case reversal
    }

    public var kind: Kind
    /// The document's own identifier (trace number, charge id, user name, entry id).
    public var reference: String

    public init(_ kind: Kind, reference: String) {
        self.kind = kind
        self.reference = reference
    }

    public static func remittance(trace: String, claim: String, line: Int? = nil) -> EntrySource {
        EntrySource(.remittance, reference: [trace, claim, line.map(String.init)].compactMap { $0 }.joined(separator: "/"))
    }

    public static func user(_ name: String) -> EntrySource { EntrySource(.userAction, reference: name) }
}
