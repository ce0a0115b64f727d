import Foundation

/// Runs the repository's `scripts/html-layout-check.sh` on a page the CLI wrote, keeping its PNG in
/// `.build/test-artifacts/<folder>/` (printed) so a person can look at what the test looked at.
enum LayoutCheck {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// - Returns: the checker's exit status and output, and the PNG it wrote.
    static func run(_ page: URL, artifact name: String, in folder: String, arguments: [String]) throws -> (status: Int32, output: String, png: URL) {
        let artifacts = repositoryRoot.appendingPathComponent(".build/test-artifacts/\(folder)")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let png = artifacts.appendingPathComponent(name)
        let check = Process()
        check.executableURL = repositoryRoot.appendingPathComponent("scripts/html-layout-check.sh")
        check.arguments = [page.path, png.path] + arguments
        let pipe = Pipe()
        check.standardOutput = pipe
        check.standardError = pipe
        try check.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        print("\(folder) screenshot: \(png.path)")
        return (check.terminationStatus, output, png)
    }
}
