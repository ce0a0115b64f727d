/// One key indicator as a tile: its name, its value as printed, how it is computed, how it stands
/// against the site's target, and optionally how it moved over recent periods.
struct KPITile: Sendable, Hashable {
    /// The indicator's name in the manager's words, such as `"Days in A/R"`.
    var name: String
    /// The value ready to print, such as `"42.3 days"` or `"$1,204,331.07"`.
    var value: String
    /// How the value is computed, in one short line, such as `"Net A/R ÷ average daily net revenue (90 days)"`.
    var formula: String
    /// How the value stands against the site's target; `nil` when the site set none.
    var status: KPIStatus?
    /// The indicator's recent periods, oldest first; `nil` when there is no history to draw.
    var trend: Sparkline?
}

/// How a KPI stands against its target, shown as a word and a colour (never by colour alone, so a
/// colour-blind reader and a black-and-white printout lose nothing).
enum KPIStatus: String, Sendable, Hashable, CaseIterable {
    case good
    case watch
    case concern

    /// The word printed on the tile.
    var word: String {
        switch self {
        case .good: "On target"
        case .watch: "Watch"
        case .concern: "Concern"
        }
    }
}
