/// Whether benefits are for in-network or out-of-network care (271 `EB12`: `Y`, `N`, `W`).
public enum NetworkStatus: String, Sendable, Hashable, CaseIterable {
    case inNetwork = "Y"
    case outOfNetwork = "N"
    /// The benefit does not depend on the network (`W`: not applicable).
    case notApplicable = "W"
}
