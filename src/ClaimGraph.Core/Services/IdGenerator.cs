using System.Security.Cryptography;

namespace ClaimGraph.Core.Services;

/// <summary>Ids for records created without one: a readable prefix and 12 random base-32 characters.</summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New(string prefix)
    {
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[12];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = Alphabet[bytes[i] & 31];
        return $"{prefix}-{new string(chars)}";
    }
}
