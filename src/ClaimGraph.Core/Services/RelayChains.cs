using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Core.Services;

/// <summary>Relaying forms chains (A's words reached us through B's statement, through C's ...); they must end.</summary>
internal static class RelayChains
{
    public const int MaxLength = 32;

    public static async Task CheckAcyclicAsync(IClaimWriter writer, IReadOnlyList<Statement> incoming)
    {
        var known = incoming.ToDictionary(s => s.Id, s => s.RelayedThroughStatementId, StringComparer.Ordinal);
        foreach (var start in incoming.Where(s => s.RelayedThroughStatementId is not null))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
            var next = start.RelayedThroughStatementId;
            while (next is not null)
            {
                if (!seen.Add(next))
                    throw ClaimGraphException.Invalid("relayedThrough", $"Statement '{start.Id}' would be relayed through itself (a relay loop through '{next}').");
                if (seen.Count > MaxLength)
                    throw ClaimGraphException.Invalid("relayedThrough", $"Relay chains are limited to {MaxLength} statements.");
                if (!known.TryGetValue(next, out var after))
                {
                    var stored = await writer.GetStatementsAsync([next]);
                    after = stored.Count == 0 ? null : stored[0].RelayedThroughStatementId;
                    known[next] = after;
                }

                next = after;
            }
        }
    }
}
