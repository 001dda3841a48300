using ClaimGraph.Server.Auth;

namespace ClaimGraph.Server.Cli;

/// <summary>
/// Prints the hash to configure for an API key read from standard input (first line, surrounding whitespace
/// trimmed), so the key never appears in a command line, a shell history or a configuration file.
/// </summary>
public sealed class HashKeyVerb : ICliVerb
{
    /// <summary>Shorter keys are refused: the stored hash is only as strong as the key is unguessable.</summary>
    public const int MinimumKeyLength = 16;

    public string Name => "hash-key";

    public string Usage => "hash-key   (reads the key from stdin, prints sha256:<hex> for ClaimGraph:Auth:Keys:N:Hash)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        var key = (await Console.In.ReadLineAsync(ct))?.Trim();
        if (string.IsNullOrEmpty(key) || key.Length < MinimumKeyLength)
        {
            await Console.Error.WriteLineAsync(
                $"hash-key: give the key on standard input, at least {MinimumKeyLength} characters; make one with: openssl rand -hex 32");
            return 2;
        }

        Console.WriteLine(ApiKeyHash.Compute(key));
        return 0;
    }
}
