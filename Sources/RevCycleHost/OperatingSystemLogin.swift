import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The operating-system account running this process: the login that authenticates the person.
public enum OperatingSystemLogin {
    public static func current() -> String {
        #if canImport(Glibc)
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        #endif
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }
}
