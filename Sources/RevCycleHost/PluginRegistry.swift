public import ArgumentParser
import RevCycleCore
public import RevCycleScripting
public import RevCycleStore

/// The role modules of this program, checked and ordered once at start-up and never changed after.
///
/// Building it throws when two modules share an id, a dependency is unknown or circular, or two
/// migrations, parameters or events end up with the same qualified name. Modules are ordered so
/// that each comes after its dependencies; migrations run in that order.
public struct PluginRegistry: Sendable {
    /// Modules in dependency order.
    public let modules: [any RoleModule]
    /// Every module's policies and published events under qualified names, for site scripts.
    public let hookCatalog: HookCatalog

    public init(_ modules: [any RoleModule]) throws {
        var byID: [String: any RoleModule] = [:]
        for module in modules {
            guard module.id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), !module.id.isEmpty else {
                throw RevCycleError(.configuration, "Module id \"\(module.id)\" must be lowercase letters, digits or '-'.")
            }
            guard byID[module.id] == nil else {
                throw RevCycleError(.configuration, "Two modules are registered with the id \"\(module.id)\".")
            }
            byID[module.id] = module
        }
        for module in modules {
            for dependency in module.dependencies where byID[dependency] == nil {
                throw RevCycleError(.configuration, "Module \(module.id) depends on \(dependency), which is not registered.")
            }
        }
        // Depth-first topological order, keeping registration order among independent modules.
        var ordered: [any RoleModule] = []
        var state: [String: Bool] = [:]  // false = visiting, true = done
        func visit(_ id: String, path: [String]) throws {
            if state[id] == true { return }
            if state[id] == false {
                throw RevCycleError(.configuration, "Module dependencies form a cycle: \((path + [id]).joined(separator: " → ")).")
            }
            state[id] = false
            let module = byID[id]!
            for dependency in module.dependencies { try visit(dependency, path: path + [id]) }
            state[id] = true
            ordered.append(module)
        }
        for module in modules { try visit(module.id, path: []) }
        self.modules = ordered

        var migrationIDs = Set(HostMigrations.all.map(\.id))
        for migration in ordered.flatMap({ module in module.migrations.map { "\(module.id).\($0.id)" } }) {
            guard migrationIDs.insert(migration).inserted else {
                throw RevCycleError(.configuration, "Migration \(migration) is declared twice.")
            }
        }
        let published = Set(ordered.flatMap { module in module.publishedEvents.map { "\(module.id).\($0.name)" } })
        for module in ordered {
            for subscription in module.subscriptions where !published.contains(subscription.event) {
                throw RevCycleError(.configuration, "Module \(module.id) subscribes to \(subscription.event), which no module publishes.")
            }
        }
        hookCatalog = try HookCatalog(ordered.flatMap { module in
            module.hooks.map { hook in
                var qualified = hook
                qualified.name = "\(module.id).\(hook.name)"
                return qualified
            } + module.publishedEvents.map { event in
                HookDeclaration.event("\(module.id).\(event.name)", payload: HostEvent.scriptShape(fields: event.fields),
                                      doc: event.doc, samples: [HostEvent.sampleScriptValue(event)])
            }
        })
        for module in ordered {
            var names = Set<String>()
            for parameter in module.parameters where !names.insert(parameter.name).inserted {
                throw RevCycleError(.configuration, "Module \(module.id) declares parameter \(parameter.name) twice.")
            }
            var events = Set<String>()
            for event in module.publishedEvents where !events.insert(event.name).inserted {
                throw RevCycleError(.configuration, "Module \(module.id) declares event \(event.name) twice.")
            }
        }
    }

    public var moduleIDs: [String] { modules.map(\.id) }

    /// Every event any module publishes, by qualified name (`billing.payment.posted`).
    public var publishedEventNames: Set<String> {
        Set(modules.flatMap { module in module.publishedEvents.map { "\(module.id).\($0.name)" } })
    }

    public func module(_ id: String) -> (any RoleModule)? { modules.first { $0.id == id } }

    /// The host's migrations, then each module's under its id, in dependency order.
    public var migrations: [StoreMigration] {
        HostMigrations.all + modules.flatMap { module in
            module.migrations.map { $0.renamed("\(module.id).\($0.id)") }
        }
    }

    /// The modules that depend on `id`, directly or not.
    public func dependents(of id: String) -> [String] {
        modules.filter { module in
            var stack = module.dependencies
            var seen = Set<String>()
            while let next = stack.popLast() {
                if next == id { return true }
                if seen.insert(next).inserted { stack += self.module(next)?.dependencies ?? [] }
            }
            return false
        }.map(\.id)
    }

    /// One command group per module, for the root command's help.
    public var commandGroups: [(module: any RoleModule, commands: [any ParsableCommand.Type])] {
        modules.filter { !$0.commands.isEmpty }.map { ($0, $0.commands) }
    }
}
