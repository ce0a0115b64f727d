import RevCycleCore

/// The three geographic tables HHS publishes poverty guidelines for.
///
/// HHS publishes one table for the 48 contiguous states and the District of Columbia and separate,
/// higher tables for Alaska and Hawaii. It publishes none for Puerto Rico, the other territories or the
/// freely associated states: its annual notice leaves it to the office running each program to use the
/// contiguous-states figures there or to follow another procedure (and the GAO confirms no territory
/// table exists, GAO-10-240R). RevCycle's choice, stated here so a site can see it: every code other than
/// AK and HI, including the territories and the military codes AA, AE and AP, uses the contiguous table.
enum PovertyGuidelineRegion: String, Sendable, Hashable, CaseIterable, Codable {
    case contiguousStatesAndDC = "contiguous"
    case alaska
    case hawaii

    /// The table for a patient who lives in `state`: Alaska for AK, Hawaii for HI, else the contiguous table.
    init(state: StateCode) {
        switch state.rawValue {
        case "AK": self = .alaska
        case "HI": self = .hawaii
        default: self = .contiguousStatesAndDC
        }
    }

    /// How the region is named in reasons: "48 contiguous states and DC", "Alaska", "Hawaii".
    var displayName: String {
        switch self {
        case .contiguousStatesAndDC: "48 contiguous states and DC"
        case .alaska: "Alaska"
        case .hawaii: "Hawaii"
        }
    }
}
