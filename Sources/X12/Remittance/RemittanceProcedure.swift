/// The procedure of a service line (composite C003 in SVC01 and SVC06): a code list, a code, up to
/// four modifiers and a description.
///
/// ```swift
/// let visit = RemittanceProcedure(code: "99214", modifiers: ["25"])   // HC:99214:25
/// let drug = RemittanceProcedure(qualifier: "N4", code: "00002143380")
/// ```
public struct RemittanceProcedure: Sendable, Hashable {
    /// C003-01: `HC` HCPCS/CPT (the default), `AD` ADA dental, `ER` jurisdiction specific, `HP` HIPPS,
    /// `IV` HIEC, `N4` NDC, `NU` NUBC revenue code, `WK` advanced billing concepts.
    public var qualifier: String
    /// C003-02.
    public var code: String
    /// C003-03 through C003-06.
    public var modifiers: [String]
    /// C003-07, a description (used in SVC06 for unlisted codes).
    public var description: String?

    public init(qualifier: String = "HC", code: String, modifiers: [String] = [], description: String? = nil) {
        self.qualifier = qualifier
        self.code = code
        self.modifiers = modifiers
        self.description = description
    }

    var element: X12Element {
        let padded = modifiers.prefix(4) + Array(repeating: "", count: max(0, 4 - modifiers.count))
        return X12Element(components: [qualifier, code] + padded + [description ?? ""])
    }

    /// The procedure of SVC01 or SVC06, or `nil` when the element is empty.
    init?(reading svc: X12Segment, _ position: Int) throws(X12Error) {
        let element = svc.element(position)
        guard !element.isEmpty else { return nil }
        guard !element[1].isEmpty, !element[2].isEmpty else {
            throw X12Error(
                .invalidValue,
                "\(svc.name(position)) lacks a code list or a code; expected a composite such as HC:99213",
                at: svc.location(element: position))
        }
        self.init(
            qualifier: element[1], code: element[2], modifiers: Self.modifiers(of: element),
            description: element[7].isEmpty ? nil : element[7])
    }

    /// The non-empty modifiers of a procedure composite (components 3 to 6); no array when there are none.
    private static func modifiers(of element: X12Element) -> [String] {
        var modifiers: [String] = []
        for position in 3...6 {
            let modifier = element[position]
            if !modifier.isEmpty { modifiers.append(modifier) }
        }
        return modifiers
    }
}
