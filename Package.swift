// swift-tools-version: 6.0
// RevCycle: appointment-to-paid-balance revenue cycle for hospitals and clinics.
// Shape and invariants: see README.md and the targets below. One settings list serves every target.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// Role modules live under `Plugins/<Name>`; an integrator adds one more entry here and one
/// registration line in `Sources/revcycle/BundledModules.swift`.
let roleModules: [(target: String, folder: String)] = [
    ("Access", "Plugins/Access"),
    ("Billing", "Plugins/Billing"),
    ("Collections", "Plugins/Collections"),
    ("Counseling", "Plugins/Counseling"),
    ("Analytics", "Plugins/Analytics"),
]

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")
let logging = Target.Dependency.product(name: "Logging", package: "swift-log")
let yams = Target.Dependency.product(name: "Yams", package: "Yams")
let crypto = Target.Dependency.product(name: "Crypto", package: "swift-crypto")

let package = Package(
    name: "RevCycle",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "revcycle", targets: ["revcycle"]),
        .library(name: "RevCycleCore", targets: ["RevCycleCore"]),
        .library(name: "RevCycleHost", targets: ["RevCycleHost"]),
        .library(name: "X12", targets: ["X12"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // MARK: - Domain and storage
        .target(name: "RevCycleCore", swiftSettings: swiftSettings),
        .target(
            name: "RevCycleStore",
            dependencies: ["RevCycleCore", grdb, .product(name: "GRDBSQLite", package: "GRDB.swift"), crypto],
            swiftSettings: swiftSettings
        ),

        // MARK: - Interoperability (X12 stands alone: no dependency on the rest)
        .target(name: "X12", swiftSettings: swiftSettings),

        // MARK: - The sandbox trading partners: payer/clearinghouse and card gateway
        .target(name: "RevCycleSandbox", dependencies: ["RevCycleCore", "X12", grdb], swiftSettings: swiftSettings),
        .testTarget(name: "RevCycleSandboxTests", dependencies: ["RevCycleSandbox", "RevCycleCore", "X12"], swiftSettings: swiftSettings),

        // MARK: - Lua scripting (C stays in CLua and LuaShim; only RevCycleScripting imports them)
        .systemLibrary(name: "CLua", pkgConfig: "lua5.4", providers: [.apt(["liblua5.4-dev"])]),
        .target(name: "LuaShim", dependencies: ["CLua"]),
        .target(name: "RevCycleScripting", dependencies: ["RevCycleCore", "LuaShim", "CLua"], swiftSettings: swiftSettings),

        // MARK: - Host: registry, sites, users, audit, tasks
        .target(
            name: "RevCycleHost",
            dependencies: ["RevCycleCore", "RevCycleStore", "RevCycleScripting", "RevCycleSandbox", "X12", yams, logging, argumentParser],
            swiftSettings: swiftSettings
        ),

        // MARK: - The CLI
        .executableTarget(
            name: "revcycle",
            dependencies: ["RevCycleCore", "RevCycleStore", "RevCycleHost", "RevCycleScripting", argumentParser, logging]
                + roleModules.map { .target(name: $0.target) },
            swiftSettings: swiftSettings
        ),

        // MARK: - Test support
        .target(
            name: "RevCycleTesting",
            dependencies: ["RevCycleCore", "RevCycleStore", "RevCycleHost"],
            swiftSettings: swiftSettings
        ),

        // MARK: - Tests
        .testTarget(name: "RevCycleCoreTests", dependencies: ["RevCycleCore"], swiftSettings: swiftSettings),
        .testTarget(name: "X12Tests", dependencies: ["X12"], swiftSettings: swiftSettings),
        .testTarget(
            name: "RevCycleStoreTests",
            dependencies: ["RevCycleCore", "RevCycleStore", "RevCycleTesting", grdb],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RevCycleScriptingTests",
            dependencies: ["RevCycleCore", "RevCycleScripting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RevCycleHostTests",
            dependencies: ["RevCycleCore", "RevCycleStore", "RevCycleHost", "RevCycleTesting", "RevCycleScripting", "X12"]
                + roleModules.map { .target(name: $0.target) },
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CollectionsTests",
            dependencies: ["Collections", "RevCycleCore", "RevCycleHost", "RevCycleTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CounselingTests",
            dependencies: ["Counseling", "RevCycleCore", "RevCycleHost", "RevCycleTesting"],
            exclude: ["Expected"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AnalyticsTests",
            dependencies: ["Analytics", "RevCycleCore", "RevCycleHost", "RevCycleTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["revcycle", "RevCycleTesting", "RevCycleCore", "RevCycleStore", "RevCycleHost", "RevCycleSandbox", "X12", grdb],
            swiftSettings: swiftSettings
        ),
    ]
        + roleModules.map { module in
            .target(
                name: module.target,
                dependencies: ["RevCycleCore", "RevCycleStore", "RevCycleHost", "RevCycleScripting", "X12", argumentParser, grdb],
                path: module.folder,
                swiftSettings: swiftSettings
            )
        }
)
