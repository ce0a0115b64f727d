import ArgumentParser
import RevCycleCore
import RevCycleHost
import RevCycleStore
import Testing

struct PluginRegistryTests {
    struct Stub: RoleModule {
        let id: String
        let dependencies: [String]
        var migrations: [StoreMigration] = []
    }

    @Test func modulesAreOrderedAfterTheirDependencies() throws {
        let registry = try PluginRegistry([
            Stub(id: "collections", dependencies: ["billing"]), Stub(id: "billing", dependencies: ["access"]),
            Stub(id: "access", dependencies: []), Stub(id: "analytics", dependencies: []),
        ])
        #expect(registry.moduleIDs == ["access", "billing", "collections", "analytics"])
        #expect(registry.dependents(of: "access") == ["billing", "collections"])
    }

    @Test func moduleMigrationsAreFiledUnderTheModuleID() throws {
        let registry = try PluginRegistry([
            Stub(id: "billing", dependencies: [], migrations: [StoreMigration("001-claims") { _ in }]),
        ])
        #expect(registry.migrations.map(\.id) == HostMigrations.all.map(\.id) + ["billing.001-claims"])
    }

    @Test("A broken registry is refused while it is built", arguments: [
        ([Stub(id: "a", dependencies: []), Stub(id: "a", dependencies: [])], "registered with the id"),
        ([Stub(id: "a", dependencies: ["b"])], "not registered"),
        ([Stub(id: "a", dependencies: ["b"]), Stub(id: "b", dependencies: ["a"])], "cycle"),
        ([Stub(id: "Bad Id", dependencies: [])], "lowercase"),
        ([Stub(id: "a", dependencies: [], migrations: [StoreMigration("1") { _ in }, StoreMigration("1") { _ in }])], "twice"),
    ])
    func brokenRegistriesAreRefused(modules: [Stub], message: String) {
        #expect {
            try PluginRegistry(modules)
        } throws: { error in
            (error as? RevCycleError)?.message.contains(message) == true
        }
    }

    @Test func theBundledModulesAllRegisterWithCommands() throws {
        let registry = try PluginRegistry(HostTestSupport.bundled)
        #expect(registry.moduleIDs == ["access", "billing", "collections", "counseling", "analytics"])
        #expect(registry.commandGroups.count == 5)
        #expect(registry.commandGroups.allSatisfy { group in group.commands.count == 1 && group.commands[0].configuration.commandName == group.module.id })
    }
}

struct EventRegistryTests {
    struct Listener: RoleModule {
        let id = "listener"
        let dependencies: [String] = []
        var subscriptions: [EventSubscription] { [EventSubscription("billing.claim.appealed") { _, _, _ in }] }
    }

    @Test func aSubscriptionToAnEventNobodyPublishesIsRefused() {
        #expect {
            try PluginRegistry(HostTestSupport.bundled + [Listener()])
        } throws: { error in
            (error as? RevCycleError)?.message.contains("subscribes to billing.claim.appealed, which no module publishes") == true
        }
    }

    @Test func theBundledModulesDeclareWhatTheyPublish() throws {
        let registry = try PluginRegistry(HostTestSupport.bundled)
        #expect(registry.publishedEventNames == [
            "access.checkin.completed", "access.estimate.issued", "billing.charge.posted", "billing.claim.adjudicated", "billing.claim.denied",
            "billing.payment.posted", "collections.payment.posted", "counseling.fa.application.approved", "counseling.fa.application.completed",
            "counseling.fa.application.denied", "counseling.fa.application.received", "counseling.gfe.dispute.filed", "counseling.gfe.dispute.resolved",
        ])
    }
}
