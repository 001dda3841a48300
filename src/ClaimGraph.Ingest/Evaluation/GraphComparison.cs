using ClaimGraph.Core.Import;
using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Evaluation;

/// <summary>
/// Scores a draft against a curated graph of the same article: each draft statement is paired with the
/// curated statement whose span it overlaps most; the speaker is right when the draft actor's name is
/// one of the curated actor's names or aliases (folded), or the actor is the same stored one.
/// </summary>
public static class GraphComparison
{
    public static EvaluationReport Score(ExtractionDraft draft, ImportBatch curated)
    {
        var gold = curated.Statements.Where(s => s.SourceId == curated.Sources[0].Id && s.Span is not null).ToList();
        var actors = curated.Actors.ToDictionary(a => a.Id);
        var names = draft.Actors.ToDictionary(a => a.Ref);
        var pairs = new List<(int Overlap, int D, int G)>();
        for (var d = 0; d < draft.Statements.Count; d++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var overlap = Math.Min(gold[g].Span!.End, draft.Statements[d].End) - Math.Max(gold[g].Span!.Start, draft.Statements[d].Start);
                if (overlap > 0)
                    pairs.Add((overlap, d, g));
            }
        }

        int speakerOk = 0, stanceOk = 0, bothOk = 0, relayOk = 0;
        var usedD = new HashSet<int>();
        var usedG = new HashSet<int>();
        var misses = new List<string>();
        foreach (var (_, d, g) in pairs.OrderByDescending(p => p.Overlap))
        {
            if (usedD.Contains(d) || usedG.Contains(g))
                continue;
            usedD.Add(d);
            usedG.Add(g);
            var st = draft.Statements[d];
            var speaker = Same(names[st.SpeakerRef], actors[gold[g].ActorId]);
            var stance = st.Stance == gold[g].Stance;
            speakerOk += speaker ? 1 : 0;
            stanceOk += stance ? 1 : 0;
            bothOk += speaker && stance ? 1 : 0;
            if (gold[g].RelayedById is { } r && st.RelayedByRef is { } dr && Same(names[dr], actors[r]))
                relayOk++;
            if (!speaker || !stance)
                misses.Add($"{gold[g].Id}: found {names[st.SpeakerRef].Name} {st.Stance}, curated {actors[gold[g].ActorId].Name} {gold[g].Stance}");
        }

        misses.AddRange(gold.Where((_, g) => !usedG.Contains(g)).Select(s => $"{s.Id}: missed"));
        misses.AddRange(draft.Statements.Where((_, d) => !usedD.Contains(d)).Select(s => $"extra: {names[s.SpeakerRef].Name} {s.Stance} «{s.Quote}»"));
        var n = draft.Statements.Count;
        return new EvaluationReport(new Score(speakerOk, n, gold.Count), new Score(stanceOk, n, gold.Count), new Score(bothOk, n, gold.Count),
            new Score(relayOk, draft.Statements.Count(s => s.RelayedByRef is not null), gold.Count(s => s.RelayedById is not null)), misses);
    }

    private static bool Same(DraftActor found, Core.Model.Actor curated)
    {
        if (found.MatchedActorId == curated.Id)
            return true;
        var key = TextNormalizer.Key(found.Name);
        return curated.AllNames.Any(n => TextNormalizer.Key(n) == key);
    }
}
