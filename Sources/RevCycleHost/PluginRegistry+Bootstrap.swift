import RevCycleCore
import Synchronization

extension PluginRegistry {
    /// Freezes the program's registry before any work starts. Call it once, from `main`; a second
    /// call is a programming error and traps, as swift-log's `LoggingSystem.bootstrap` does.
    /// Tests build their own registries and pass them explicitly instead.
    public static func bootstrap(_ registry: PluginRegistry) {
        frozenRegistry.withLock { current in
            precondition(current == nil, "PluginRegistry.bootstrap may be called only once")
            current = registry
        }
    }

    /// The registry given to ``bootstrap(_:)``.
    public static func current() throws -> PluginRegistry {
        guard let registry = frozenRegistry.withLock({ $0 }) else {
            throw RevCycleError(.storage, "No module registry was set up before the command ran.")
        }
        return registry
    }
}

/// Set once by `PluginRegistry.bootstrap` and only read after; guarded by its Mutex.
private let frozenRegistry = Mutex<PluginRegistry?>(nil)
