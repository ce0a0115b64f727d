/// The HL tree of an 837P: levels 20 (billing provider), 22 (subscriber) and 23 (patient), after
/// the 1000A and 1000B loops.
typealias ClaimHierarchy = X12Hierarchy<ClaimLevelCode>

/// HL03 of an 837P.
enum ClaimLevelCode: String, X12HierarchyLevelCode {
    case billingProvider = "20"
    case subscriber = "22"
    case patient = "23"

    var parent: ClaimLevelCode? {
        switch self {
        case .billingProvider: nil
        case .subscriber: .billingProvider
        case .patient: .subscriber
        }
    }

    var name: String {
        switch self {
        case .billingProvider: "2000A billing provider (HL03 20)"
        case .subscriber: "2000B subscriber (HL03 22)"
        case .patient: "2000C patient (HL03 23)"
        }
    }

    /// The loops that may start inside a level of this kind (after its HL).
    var loops: [X12LoopSpec] {
        switch self {
        case .billingProvider:
            [
                X12LoopSpec("2010AA", startsWith: "NM1", qualifiers: ["85"]),
                X12LoopSpec("2010AB", startsWith: "NM1", qualifiers: ["87"]),
                X12LoopSpec("2010AC", startsWith: "NM1", qualifiers: ["PE"]),
            ]
        case .subscriber:
            [
                X12LoopSpec("2010BA", startsWith: "NM1", qualifiers: ["IL"]),
                X12LoopSpec("2010BB", startsWith: "NM1", qualifiers: ["PR"]), Self.claim,
            ]
        case .patient:
            [X12LoopSpec("2010CA", startsWith: "NM1", qualifiers: ["QC"]), Self.claim]
        }
    }

    /// Loop 2300 and the loops this library reads inside it.
    private static let claim = X12LoopSpec(
        "2300", startsWith: "CLM",
        children: [
            X12LoopSpec("2310A", startsWith: "NM1", qualifiers: ["DN", "P3"]),
            X12LoopSpec("2310B", startsWith: "NM1", qualifiers: ["82"]),
            X12LoopSpec("2310C", startsWith: "NM1", qualifiers: ["77"]),
            X12LoopSpec("2310D", startsWith: "NM1", qualifiers: ["DQ"]),
            X12LoopSpec("2310E", startsWith: "NM1", qualifiers: ["PW"]),
            X12LoopSpec("2310F", startsWith: "NM1", qualifiers: ["45"]),
            X12LoopSpec(
                "2320", startsWith: "SBR",
                children: [
                    X12LoopSpec("2330A", startsWith: "NM1", qualifiers: ["IL"]),
                    X12LoopSpec("2330B", startsWith: "NM1", qualifiers: ["PR"]),
                    X12LoopSpec("2330C", startsWith: "NM1", qualifiers: ["DN", "P3"]),
                    X12LoopSpec("2330D", startsWith: "NM1", qualifiers: ["82"]),
                    X12LoopSpec("2330E", startsWith: "NM1", qualifiers: ["77"]),
                    X12LoopSpec("2330F", startsWith: "NM1", qualifiers: ["DQ"]),
                    X12LoopSpec("2330G", startsWith: "NM1", qualifiers: ["85"]),
                ]),
            X12LoopSpec(
                "2400", startsWith: "LX",
                children: [
                    X12LoopSpec("2410", startsWith: "LIN"),
                    X12LoopSpec("2420", startsWith: "NM1", qualifiers: ["82", "QB", "77", "DN", "P3", "DQ", "PW", "45"]),
                    X12LoopSpec("2430", startsWith: "SVD"),
                    X12LoopSpec("2440", startsWith: "LQ"),
                ]),
        ])
}

extension ClaimHierarchy {
    /// A level's segments (after the HL) grouped into its loops.
    func loop(at index: Int) -> X12Loop {
        X12Loop.group(levels[index].segments, by: levels[index].code.loops)
    }
}
