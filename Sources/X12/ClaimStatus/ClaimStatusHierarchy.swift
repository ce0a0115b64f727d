/// The HL tree of a 276 or 277 (005010X212): the BHT header, then levels 20 (information source, the
/// payer), 21 (information receiver, the submitter), 19 (service provider), 22 (subscriber) and 23
/// (dependent), each with the segments up to the next HL.
typealias ClaimStatusHierarchy = X12Hierarchy<ClaimStatusLevel>

/// HL03 of a 276 or 277.
enum ClaimStatusLevel: String, X12HierarchyLevelCode {
    case source = "20"
    case receiver = "21"
    case provider = "19"
    case subscriber = "22"
    case dependent = "23"

    var parent: ClaimStatusLevel? {
        switch self {
        case .source: nil
        case .receiver: .source
        case .provider: .receiver
        case .subscriber: .provider
        case .dependent: .subscriber
        }
    }

    var name: String {
        switch self {
        case .source: "2000A information source (HL03 20)"
        case .receiver: "2000B information receiver (HL03 21)"
        case .provider: "2000C service provider (HL03 19)"
        case .subscriber: "2000D subscriber (HL03 22)"
        case .dependent: "2000E dependent (HL03 23)"
        }
    }
}

/// Who one claim of a 276 or 277 is about: the service provider (2100C), the subscriber (2100D) and
/// the dependent (2100E) when the patient is not the subscriber.
struct ClaimStatusParties: Hashable {
    var provider: PartyName
    var subscriber: X12Person
    var dependent: X12Person?
}

/// What a 276 and a 277 share: the BHT and the payer and submitter levels, the provider, subscriber
/// and dependent levels grouped from the claims, and each claim's loop (2200D or 2200E: the segments
/// from its TRN, with its service lines from each SVC).
struct ClaimStatusBody {
    /// One claim loop as read: its parties, the segments from TRN up to the first SVC, and each
    /// service line's segments from its SVC.
    struct ClaimLoop {
        var parties: ClaimStatusParties
        var segments: [X12Segment]
        var lines: [[X12Segment]]
    }

    var reference: String
    var creationDate: X12Date
    var creationTime: String
    var source: InformationSource
    var receiver: PartyName
    var claims: [ClaimLoop]

    // MARK: - Writing

    /// The body of the set: BHT (`0010`, `purpose`, and BHT06 `transactionType` when given), the payer
    /// (HL 20), the submitter (HL 21), then one HL 19 per provider, one HL 22 per subscriber under it
    /// and one HL 23 per dependent under that, in the order each first appears among `claims`.
    ///
    /// - Parameter demographics: whether to write DMG (a 276 does: the subscriber's when they are the
    ///   patient, the dependent's always; a 277 never does).
    static func segments(
        purpose: String, transactionType: String?, reference: String, creationDate: X12Date, creationTime: String,
        source: InformationSource, receiver: PartyName, claims: [(parties: ClaimStatusParties, segments: [X12Segment])],
        demographics: Bool
    ) -> [X12Segment] {
        var numbering = ClaimStatusHierarchy.Numbering()
        let sourceHL = numbering.hl(.source, parent: nil, hasChildren: true)
        let receiverHL = numbering.hl(.receiver, parent: sourceHL.id, hasChildren: !claims.isEmpty)
        var body = [
            X12Segment("BHT", values: ["0010", purpose, reference, creationDate.x12, creationTime, transactionType]),
            sourceHL.segment, source.segment, receiverHL.segment, receiver.segment(entity: "41"),
        ]
        for (provider, byProvider) in grouped(claims, by: { $0.parties.provider }) {
            let providerHL = numbering.hl(.provider, parent: receiverHL.id, hasChildren: true)
            body += [providerHL.segment, provider.segment(entity: "1P")]
            for (subscriber, bySubscriber) in grouped(byProvider, by: { $0.parties.subscriber }) {
                let own = bySubscriber.filter { $0.parties.dependent == nil }
                let dependents = grouped(bySubscriber.filter { $0.parties.dependent != nil }, by: { $0.parties.dependent })
                let subscriberHL = numbering.hl(.subscriber, parent: providerHL.id, hasChildren: !dependents.isEmpty)
                body.append(subscriberHL.segment)
                if demographics, !own.isEmpty, let dmg = subscriber.demographicSegment { body.append(dmg) }
                body.append(subscriber.nameSegment(entity: "IL"))
                body += own.flatMap(\.segments)
                for (dependent, claims) in dependents {
                    guard let dependent else { continue }
                    var dependentHL = numbering.hl(.dependent, parent: subscriberHL.id, hasChildren: false).segment
                    dependentHL.elements.removeLast()  // HL04 is not used at the dependent level
                    body.append(dependentHL)
                    if demographics, let dmg = dependent.demographicSegment { body.append(dmg) }
                    body.append(dependent.nameSegment(entity: "QC"))
                    body += claims.flatMap(\.segments)
                }
            }
        }
        return body
    }

    /// `items` grouped by `key`, the groups in the order each key first appears.
    private static func grouped<Item, Key: Hashable>(_ items: [Item], by key: (Item) -> Key) -> [(Key, [Item])] {
        var keys: [Key] = []
        var groups: [Key: [Item]] = [:]
        for item in items {
            let itemKey = key(item)
            if groups[itemKey] == nil { keys.append(itemKey) }
            groups[itemKey, default: []].append(item)
        }
        return keys.map { ($0, groups[$0] ?? []) }
    }

    // MARK: - Reading

    /// Reads a 276 or 277: BHT01 `0010` and BHT02 `purpose`, one payer, one submitter under it, and
    /// every claim loop under the providers, subscribers and dependents.
    init(_ set: X12TransactionSet, expecting id: String, purpose: String) throws(X12Error) {
        let tree = try ClaimStatusHierarchy(set, expecting: id)
        let bht = tree.bht
        guard bht[1] == "0010" else {
            throw X12Error(
                .invalidValue,
                "BHT01 is \(X12Error.quote(bht[1])); expected 0010 (source, receiver, provider, subscriber, dependent)",
                at: bht.location(element: 1))
        }
        guard bht[2] == purpose else {
            throw X12Error(
                .invalidValue, "BHT02 is \(X12Error.quote(bht[2])); expected \(purpose) in a \(id)",
                at: bht.location(element: 2))
        }
        guard tree.roots.count == 1 else {
            throw X12Error(
                .unexpectedSegment,
                "a second 2000A information source level starts; expected one per transaction set",
                at: tree.levels[tree.roots[1]].hl.location())
        }
        let sourceIndex = tree.roots[0]
        guard let receiverIndex = try tree.onlyChild(of: sourceIndex, .receiver) else {
            throw X12Error(
                .missingSegment, "the information source has no 2000B information receiver level; expected HL*2*1*21*1",
                at: tree.levels[sourceIndex].hl.location())
        }
        reference = try bht.required(3, "the originator's reference")
        creationDate = try bht.requiredDate(4, "the creation date")
        creationTime = try bht.required(5, "the creation time as HHMM")
        source = try InformationSource(reading: Self.name("PR", in: sourceIndex, of: tree))
        receiver = try PartyName(reading: Self.name("41", in: receiverIndex, of: tree))
        claims = []
        for providerIndex in tree.children(of: receiverIndex, .provider) {
            let provider = try PartyName(reading: Self.name("1P", in: providerIndex, of: tree))
            for subscriberIndex in tree.children(of: providerIndex, .subscriber) {
                let (subscriber, loops) = try Self.person("IL", at: subscriberIndex, of: tree)
                let parties = ClaimStatusParties(provider: provider, subscriber: subscriber)
                claims += loops.map { ClaimLoop(parties: parties, segments: $0.segments, lines: $0.lines) }
                for dependentIndex in tree.children(of: subscriberIndex, .dependent) {
                    let (dependent, loops) = try Self.person("QC", at: dependentIndex, of: tree)
                    let parties = ClaimStatusParties(provider: provider, subscriber: subscriber, dependent: dependent)
                    claims += loops.map { ClaimLoop(parties: parties, segments: $0.segments, lines: $0.lines) }
                }
            }
        }
    }

    /// The level's NM1, whose NM101 must be `entity`.
    private static func name(_ entity: String, in index: Int, of tree: ClaimStatusHierarchy) throws(X12Error) -> X12Segment {
        let nm1 = try tree.required("NM1", in: index, "NM1*\(entity)")
        guard nm1[1] == entity else {
            throw X12Error(
                .invalidValue,
                "NM101 is \(X12Error.quote(nm1[1])); expected \(entity) in the \(tree.levels[index].code.name) level",
                at: nm1.location(element: 1))
        }
        return nm1
    }

    /// The person of a subscriber or dependent level (its DMG and `NM1*<entity>`), and its claim loops:
    /// each TRN starts one, each SVC in it starts a service line.
    private static func person(_ entity: String, at index: Int, of tree: ClaimStatusHierarchy) throws(X12Error)
        -> (X12Person, [(segments: [X12Segment], lines: [[X12Segment]])])
    {
        let nm1 = try name(entity, in: index, of: tree)
        let level = tree.levels[index]
        let nameIndex = level.segments.firstIndex { $0.id == "NM1" } ?? 0
        var person = try X12Person(readingName: nm1)
        for segment in level.segments[..<nameIndex] {
            guard segment.id == "DMG" else {
                throw X12Error(
                    .unexpectedSegment, "\(segment.id) comes before NM1; expected only DMG before NM1*\(entity)",
                    at: segment.location())
            }
            _ = try person.read(segment)
        }
        var loops: [(segments: [X12Segment], lines: [[X12Segment]])] = []
        for segment in level.segments[(nameIndex + 1)...] {
            if segment.id == "TRN" {
                loops.append(([segment], []))
            } else if loops.isEmpty {
                throw X12Error(
                    .unexpectedSegment, "\(segment.id) comes before the claim's TRN; expected TRN after NM1*\(entity)",
                    at: segment.location())
            } else if segment.id == "SVC" {
                loops[loops.count - 1].lines.append([segment])
            } else if loops[loops.count - 1].lines.isEmpty {
                loops[loops.count - 1].segments.append(segment)
            } else {
                let last = loops[loops.count - 1].lines.count - 1
                loops[loops.count - 1].lines[last].append(segment)
            }
        }
        return (person, loops)
    }
}

// MARK: - Claim segments

extension X12Segment {
    /// `DTP*472*D8*<date>` or `DTP*472*RD8*<start>-<end>`.
    static func serviceDates(_ start: X12Date, through end: X12Date?) -> X12Segment {
        end.map { EligibilityDate(.service, from: start, through: $0) }.map(\.segment)
            ?? EligibilityDate(.service, start).segment
    }
}

extension ClaimStatusBody.ClaimLoop {
    /// The claim's TRN, whose TRN01 must be `type`; returns TRN02.
    func trace(type: String) throws(X12Error) -> String {
        let trn = segments[0]
        guard trn[1] == type else {
            throw X12Error(
                .invalidValue,
                "TRN01 is \(X12Error.quote(trn[1])); expected \(type) (\(type == "1" ? "the inquirer's" : "the inquiry's echoed") trace number)",
                at: trn.location(element: 1))
        }
        return try trn.required(2, "the claim status trace number")
    }

    /// REF02 of the claim's `REF*<qualifier>`, if any.
    func reference(_ qualifier: String) throws(X12Error) -> String? {
        guard let ref = segments.first(where: { $0.id == "REF" && $0[1] == qualifier }) else { return nil }
        return try ref.required(2, "the reference of REF*\(qualifier)")
    }

    /// The claim's `DTP*472`, if any.
    func serviceDates() throws(X12Error) -> EligibilityDate? {
        try segments.first { $0.id == "DTP" && $0[1] == "472" }.map { (dtp) throws(X12Error) in
            try EligibilityDate(reading: dtp)
        }
    }
}
