import Crypto

/// SHA-256 as lowercase hex: audit chain links, journal content digests, imported files' identity.
public enum Digest {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The 32 raw bytes, for columns that are compared, never read by people.
    static func sha256(_ text: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(text.utf8)))
    }

    public static func sha256Hex(_ text: String) -> String {
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Array(text.utf8)) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
