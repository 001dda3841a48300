using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>The statements on a claim that take one stance, and the distinct actors behind them.</summary>
public sealed record StanceGroup(Stance Stance, IReadOnlyList<Statement> Statements)
{
    public IReadOnlyList<string> ActorIds => Statements.Select(s => s.ActorId).Distinct().ToList();

    public static IReadOnlyList<StanceGroup> Of(IReadOnlyList<Statement> statements) =>
        statements.GroupBy(s => s.Stance).OrderBy(g => g.Key).Select(g => new StanceGroup(g.Key, g.ToList())).ToList();

    public static bool IsContested(IReadOnlyList<Statement> statements)
    {
        var holders = statements.Where(s => s.Stance.Polarity() > 0).Select(s => s.ActorId).ToHashSet();
        var deniers = statements.Where(s => s.Stance.Polarity() < 0).Select(s => s.ActorId).ToHashSet();
        return holders.Count > 0 && deniers.Count > 0 && (holders.Count > 1 || deniers.Count > 1 || !holders.SetEquals(deniers));
    }
}
