/// What the sandbox payer knows of a member on a date: found or not, active or terminated, and
/// under which plan with which plan-year dates.
public struct SandboxMember: Sendable, Hashable {
    public enum Standing: Sendable, Hashable {
        case active
        /// Coverage ended on this date (day number of `CalendarDate`-style `YYYYMMDD`).
        case terminated(endedOn: String)
        case notFound
        /// The payer's system is down for this member (AAA 42): try again later.
        case unavailable
    }

    public var payerID: String
    public var memberID: String
    public var plan: SandboxPlan
    public var standing: Standing
    /// A stable number from 0 to 99 drawn from the member id: the sandbox's dice.
    public var draw: Int

    /// The sandbox's members, decided by the member id so the same id always answers the same way.
    ///
    /// Test member ids, like test cards: an id starting `NOTFOUND` is unknown to the payer (AAA 75),
    /// `TERM` is terminated last month, `DOWN` meets an unavailable system (AAA 42). Any other id
    /// draws a number from 0 to 99: below 4 the member is not found, below 7 terminated, the rest
    /// active — about the share a real front desk meets. Plans are drawn the same way.
    public static func lookup(payerID: String, memberID: String, year: Int, month: Int) -> SandboxMember {
        let draw = Int(StableHash.of(payerID + "|" + memberID) % 100)
        let plans = SandboxPlan.medicarePayerIDs.contains(payerID) ? [SandboxPlan.medicarePartB] : SandboxPlan.commercial
        let plan = plans[Int(StableHash.of("plan|" + memberID) % UInt64(plans.count))]
        let upper = memberID.uppercased()
        let endedLastMonth = month == 1 ? String(format4: year - 1) + "1231" : String(format4: year) + String(format2: month - 1) + "28"
        let standing: Standing = switch true {
        case upper.hasPrefix("NOTFOUND"): .notFound
        case upper.hasPrefix("TERM"): .terminated(endedOn: endedLastMonth)
        case upper.hasPrefix("DOWN"): .unavailable
        case draw < 4: .notFound
        case draw < 7: .terminated(endedOn: endedLastMonth)
        default: .active
        }
        return SandboxMember(payerID: payerID, memberID: memberID, plan: plan, standing: standing, draw: draw)
    }

    /// Coverage discovery: a person searched by name and date of birth, without a member id. About
    /// a quarter of people searched hold coverage with any one payer; they get a stable member id.
    public static func discover(payerID: String, lastName: String, firstName: String, birthDate: String, year: Int,
                                month: Int) -> SandboxMember? {
        let key = [payerID, lastName.uppercased(), firstName.uppercased(), birthDate].joined(separator: "|")
        guard StableHash.of(key) % 100 < 25 else { return nil }
        let memberID = "SBX" + String(StableHash.of("member|" + key) % 1_000_000_000)
        var member = lookup(payerID: payerID, memberID: memberID, year: year, month: month)
        member.standing = .active
        return member
    }
}

/// FNV-1a, 64 bits: a hash that is the same on every run and machine (Swift's `Hasher` is seeded
/// per process), so the sandbox answers the same member the same way every time.
enum StableHash {
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

extension String {
    init(format4 value: Int) { self = Self.padded(value, to: 4) }
    init(format2 value: Int) { self = Self.padded(value, to: 2) }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
