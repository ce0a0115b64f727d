#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file from disk in pieces of at most a fixed size, so that a large X12 file is never held
/// in memory at once.
///
/// It owns the file descriptor, which it closes when it is released (hence a class).
///
/// ```swift
/// let file = try FileChunkReader(path: "era.835", chunkSize: 1 << 20)
/// while let chunk = try file.next() { reader.append(chunk) }
/// ```
final class FileChunkReader {
    private let descriptor: Int32
    private let path: String
    private var buffer: [UInt8]

    /// Opens `path` for reading.
    ///
    /// - Throws: ``X12Error`` with code ``X12Error/Code/unreadableInput`` when the file cannot be opened.
    init(path: String, chunkSize: Int) throws(X12Error) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw X12Error(.unreadableInput, "the file \(path) cannot be opened (errno \(errno)); expected a readable X12 file")
        }
        self.descriptor = descriptor
        self.path = path
        self.buffer = [UInt8](repeating: 0, count: max(1, chunkSize))
    }

    deinit {
        close(descriptor)
    }

    /// The next piece of the file, or `nil` at its end.
    ///
    /// - Throws: ``X12Error`` with code ``X12Error/Code/unreadableInput`` when reading fails.
    func next() throws(X12Error) -> ArraySlice<UInt8>? {
        let capacity = buffer.count
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, capacity) }
            if count > 0 { return buffer[0..<count] }
            if count == 0 { return nil }
            guard errno == EINTR else {
                throw X12Error(.unreadableInput, "reading the file \(path) failed (errno \(errno))")
            }
        }
    }
}

extension X12Error.Code {
    /// A file could not be opened or read.
    public static let unreadableInput = X12Error.Code("unreadable-input")
}
