using ClaimGraph.Core.Import;
using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest;

/// <summary>A draft as the import format's records: the source, the new actors and claims, every statement.</summary>
public static class DraftBatch
{
    public static ImportBatch From(ExtractionDraft draft)
    {
        var s = draft.Source;
        var source = new Source(s.Id, s.Kind, s.Title, s.Language, [], s.Url, s.PublisherRef, s.AuthorRef, s.PublishedAt, s.Text);
        var actors = draft.Actors.Where(a => a.IsNew).Select(a => new Actor(a.Ref, a.Name, a.Language, a.Kind, [], a.Description, null,
            a.Role, a.Kind == ActorKind.AnonymousSource ? s.Id : null)).ToList();
        var claimIds = draft.Claims.ToDictionary(c => c.Ref, c => c.ExistingClaimId ?? c.Ref);
        var claims = draft.Claims.Where(c => c.ExistingClaimId is null).Select(c => new Claim(c.Ref, c.Text, c.Language, [])).ToList();
        var statements = draft.Statements.Select(st => new Statement(st.Ref, st.SpeakerRef, claimIds.GetValueOrDefault(st.ClaimRef, st.ClaimRef),
            st.Stance, s.Id, st.Quote, new TextSpan(st.Start, st.End), null, st.RelayedThroughRef, st.RelayedByRef, null, st.Note)).ToList();
        return new ImportBatch(actors, [source], claims, statements, []);
    }

    /// <summary>The draft as NDJSON lines of the import format; matches and claim candidates become comment lines.</summary>
    public static IEnumerable<string> ToNdjson(ExtractionDraft draft)
    {
        yield return $"// ClaimGraph ingest draft of source '{draft.Source.Id}': review, edit, then `import` this file.";
        foreach (var w in draft.Warnings)
            yield return $"// warning: {w}";
        foreach (var a in draft.Actors.Where(a => !a.IsNew))
            yield return $"// actor '{a.Name}' matched existing actor '{a.MatchedActorId}'";
        foreach (var c in draft.Claims)
            foreach (var candidate in c.Candidates ?? [])
                yield return $"// claim '{c.Ref}' may be stored claim '{candidate.ClaimId}' (similarity {candidate.Score:0.00}): {candidate.Text}";
        var batch = From(draft);
        foreach (var record in batch.Sources.Select(SourceRecord.FromModel).Cast<ImportRecord>()
            .Concat(batch.Actors.Select(ActorRecord.FromModel))
            .Concat(batch.Claims.Select(ClaimRecord.FromModel))
            .Concat(batch.Statements.Select(StatementRecord.FromModel)))
        {
            // TextSpan's computed Length is not part of the import format, which refuses unknown fields.
            var node = System.Text.Json.JsonSerializer.SerializeToNode(record, ImportJson.Options)!.AsObject();
            if (node["span"] is System.Text.Json.Nodes.JsonObject span)
                span.Remove("length");
            yield return node.ToJsonString(ImportJson.Options);
        }
    }
}
