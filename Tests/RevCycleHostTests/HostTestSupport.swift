import Access
import Analytics
import Billing
import Collections
import Counseling
import Foundation
import RevCycleHost
import RevCycleTesting

enum HostTestSupport {
    static let bundled: [any RoleModule] = [AccessModule(), BillingModule(), CollectionsModule(), CounselingModule(), AnalyticsModule()]

    /// A RevCycle home with the default host file and the given site file text.
    static func home(site: String = "default", siteText: String? = nil, hostText: String = HostConfiguration.defaultText) throws -> URL {
        let home = try TestFixtures.temporaryFolder()
        try FileManager.default.createDirectory(at: home.appendingPathComponent("config/sites"), withIntermediateDirectories: true)
        try hostText.write(to: home.appendingPathComponent(HostConfiguration.fileName), atomically: true, encoding: .utf8)
        let registry = try PluginRegistry(bundled)
        try (siteText ?? SiteConfiguration.defaultText(moduleIDs: registry.moduleIDs))
            .write(to: home.appendingPathComponent(SiteConfiguration.fileName(for: site)), atomically: true, encoding: .utf8)
        return home
    }
}
