import Access
import Analytics
import Billing
import Collections
import Counseling
import RevCycleHost

/// The role modules this program ships with. An integrator adds a module with one dependency
/// line in Package.swift and one line here.
enum BundledModules {
    static let all: [any RoleModule] = [
        AccessModule(),
        BillingModule(),
        CollectionsModule(),
        CounselingModule(),
        AnalyticsModule(),
    ]

    /// Built once; a duplicate id or a broken dependency is a programming error caught by the first test run.
    static let registry: PluginRegistry = {
        do { return try PluginRegistry(all) } catch { fatalError("The bundled module registry is invalid: \(error)") }
    }()
}
