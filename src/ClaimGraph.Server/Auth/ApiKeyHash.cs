using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClaimGraph.Server.Auth;

/// <summary>
/// The stored form of an API key: <c>sha256:</c> and the lowercase hex SHA-256 of the key's UTF-8 bytes.
/// A fast hash is enough because keys are long random strings (32 random bytes, as the README shows), not
/// passwords a dictionary could guess; comparisons run in constant time.
/// </summary>
public static class ApiKeyHash
{
    public const string Prefix = "sha256:";

    public static string Compute(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>The digest bytes of a stored hash, or null when it is not in the <c>sha256:&lt;hex&gt;</c> format.</summary>
    public static byte[]? Parse(string? stored)
    {
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return null;
        var hex = stored[Prefix.Length..].Trim();
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
            return null;
        return Convert.FromHexString(hex);
    }

    public static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    internal static string Describe(int index) => string.Create(CultureInfo.InvariantCulture, $"{AuthOptions.SectionName}:Keys:{index}");
}
